package org.w3id.smartcitykg.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * The first {@value #LENGTH} chars of a set of words, each packed into a {@code long} and kept
 * sorted: whether a text's word opens like one of them is a bisection, without making a string.
 * A look-up asked at most words of a text passes over those no word of the set starts like.
 */
final class Openings {
    static final int LENGTH = 3;

    /** How a char is compared: as it stands, or folded the way the words' own matcher folds it. */
    interface CharFold {
        char fold(char c);
    }

    private final long[] packed;
    private final CharFold fold;

    private Openings(long[] packed, CharFold fold) {
        this.packed = packed;
        this.fold = fold;
    }

    /** The openings of the {@code words} of {@value #LENGTH} chars or more; shorter ones have none. */
    static Openings of(Collection<String> words, CharFold fold) {
        return new Openings(words.stream().filter(w -> w.length() >= LENGTH)
                .mapToLong(w -> pack(w, 0, fold)).distinct().sorted().toArray(), fold);
    }

    /** Whether {@code text} from {@code from} opens as one of the words; false where fewer chars are left. */
    boolean opens(String text, int from) {
        return from + LENGTH <= text.length() && Arrays.binarySearch(packed, pack(text, from, fold)) >= 0;
    }

    /** The distinct first chars of the openings, in no particular order. */
    String initials() {
        StringBuilder initials = new StringBuilder();
        for (long p : packed) {
            char c = (char) (p >>> (Character.SIZE * (LENGTH - 1)));
            if (initials.indexOf(String.valueOf(c)) < 0) {
                initials.append(c);
            }
        }
        return initials.toString();
    }

    private static long pack(String s, int from, CharFold fold) {
        long packed = 0;
        for (int k = from; k < from + LENGTH; k++) {
            packed = packed << Character.SIZE | fold.fold(s.charAt(k));
        }
        return packed;
    }
}
