package org.w3id.smartcitykg.extract;

import java.util.Comparator;
import java.util.List;

/**
 * Case endings that put a place in the locative (lexicon category {@code location.case}): in
 * languages that mark where something happens by an ending instead of a preposition ("Tamperessa",
 * "Győrben", "Kaune"), a capitalised word with one is a place as surely as one after "in". The
 * ending may be joined by a hyphen or a colon to a foreign name or an acronym ("Lyon-ban", "Oulu:ssa").
 */
final class LocativeEndings {
    static final String CATEGORY = "location.case";
    private static final int MIN_STEM = 3;
    private final List<String> endings;

    LocativeEndings(Lexicon lexicon) {
        this.endings = lexicon.entries(CATEGORY).stream().flatMap(e -> e.forms().stream()).map(Lexicon::fold)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The endings, folded, longest first. */
    List<String> endings() {
        return endings;
    }

    boolean isEmpty() {
        return endings.isEmpty();
    }

    /** Where the name ends in a word written "Name-ending" or "Name:ending" at [begin, …), or -1. */
    int joinedNameEnd(String text, int begin, int end) {
        int mark = begin;
        while (mark < text.length() && mark - begin <= 40 && Character.isLetterOrDigit(text.charAt(mark))) {
            mark++;
        }
        if (mark >= text.length() || mark - begin < 2 || "-:".indexOf(text.charAt(mark)) < 0 || mark > end + 1) {
            return -1;
        }
        int suffixEnd = mark + 1;
        while (suffixEnd < text.length() && Character.isLowerCase(text.charAt(suffixEnd))) {
            suffixEnd++;
        }
        String suffix = text.substring(mark + 1, suffixEnd);
        boolean wordEnds = suffixEnd >= text.length() || !Character.isLetterOrDigit(text.charAt(suffixEnd));
        return wordEnds && endings.contains(Lexicon.fold(suffix)) ? mark : -1;
    }

    /** The end of the first word of [begin, end) that carries a locative ending, or -1. */
    int firstInflectedWordEnd(String text, int begin, int end) {
        int i = begin;
        while (i < end) {
            int we = Names.wordEnd(text, i);
            if (we == i) {
                return -1;
            }
            if (inflected(text.substring(i, we))) {
                return we;
            }
            i = Names.skipSpaces(text, we);
        }
        return -1;
    }

    /**
     * Whether the word ends in a one-letter locative ending only ("Tartus", "Rīgā"): weak
     * evidence, since many words that are no place end so too ("Denis"); the place it names must
     * be a town of some size by the stem's own name.
     */
    boolean weaklyInflected(String word) {
        String folded = Lexicon.fold(word);
        return !inflected(word) && endings.stream().anyMatch(ending -> ending.length() == 1
                && folded.endsWith(ending) && folded.length() - 1 >= MIN_STEM);
    }

    /** Whether the word (the last of a phrase) ends in a locative ending of two letters or more. */
    boolean inflected(String word) {
        String folded = Lexicon.fold(word);
        for (String ending : endings) {
            // One letter ("Tartus") ends too many words that are no place ("Denis"); it counts only when joined.
            if (ending.length() > 1 && folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
                return true;
            }
        }
        return false;
    }
}
