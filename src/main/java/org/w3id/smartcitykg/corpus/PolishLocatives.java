package org.w3id.smartcitykg.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * "w Rzeszowie", "we Wrocławiu": Polish places in the locative. Candidate endings are guessed and
 * kept only when Morfologik's dictionary reads the guess as a locative of that very name, so a
 * place the dictionary does not know gets no locative rather than a wrong one.
 */
final class PolishLocatives {
    /** How many final letters a guess replaces, and the endings it tries, most likely first. */
    private static final int MAX_STRIPPED = 3;
    private static final List<String> ENDINGS = List.of("ie", "u", "iu", "owie", "ach", "icach", "e", "i", "y",
            "em", "ce", "dze", "sze", "ze", "cu", "ku", "niu", "dzie", "cie", "rze", "le", "nie", "sie", "ście", "źnie", "ńcu",
            "cach", "kach");

    private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** "w X" with X in the locative, if the dictionary confirms one. */
    Optional<String> in(String place) {
        return locative(place).map(loc -> (needsWe(loc) ? "we " : "w ") + loc);
    }

    Optional<String> locative(String place) {
        return cache.computeIfAbsent(place, this::find);
    }

    private Optional<String> find(String place) {
        if (place.indexOf(' ') >= 0 || place.indexOf('-') >= 0) {
            return Optional.empty(); // each word declines on its own; not worth guessing
        }
        for (int stripped = 0; stripped <= MAX_STRIPPED && stripped < place.length() - 1; stripped++) {
            String stem = place.substring(0, place.length() - stripped);
            for (String ending : ENDINGS) {
                String guess = stem + ending;
                if (!guess.equals(place) && isLocativeOf(guess, place)) {
                    return Optional.of(guess);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isLocativeOf(String form, String lemma) {
        for (WordData d : stemmer.get().lookup(form)) {
            if (lemma.contentEquals(d.getStem()) && Arrays.stream(d.getTag().toString().split("\\+"))
                    .anyMatch(PolishLocatives::singularOrPluraleTantumLocative)) {
                return true;
            }
        }
        return false;
    }

    /** "Wieliczce", not the plural "Wieliczkach"; but "Katowicach", whose name is plural (p2, p3). */
    private static boolean singularOrPluraleTantumLocative(String tag) {
        return tag.contains(":loc:") && (tag.contains(":sg:") || tag.matches(".*:p[123]\\b.*"));
    }

    /** "we" before W or F and a consonant ("we Wrocławiu", but "w Wadowicach"). */
    private static boolean needsWe(String word) {
        return word.length() > 1 && "WwFf".indexOf(word.charAt(0)) >= 0 && "aąeęioóuy".indexOf(word.charAt(1)) < 0;
    }
}
