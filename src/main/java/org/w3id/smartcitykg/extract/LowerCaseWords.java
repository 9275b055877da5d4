package org.w3id.smartcitykg.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words a text writes with a lower-case first letter, as a set that asks the text itself: an
 * open-addressing table of each word's place, found by the hash its string would have. A
 * document's words are gathered once and asked about a few times; a set of strings would copy
 * every word of every document to answer that.
 */
final class LowerCaseWords {
    private final String text;
    /** Per slot, a word's begin plus one (0: free), and its end. */
    private final int[] begins;
    private final int[] ends;

    private LowerCaseWords(String text, int[] begins, int[] ends) {
        this.text = text;
        this.begins = begins;
        this.ends = ends;
    }

    /** Every word of {@code text} that starts with a lower-case letter, as {@link Names#wordEnd} reads words. */
    static LowerCaseWords in(String text) {
        int[] spans = new int[16];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = Names.wordEnd(text, i);
                if (end > i && Character.isLowerCase(text.charAt(i))) {
                    if (2 * count + 2 > spans.length) {
                        spans = Arrays.copyOf(spans, spans.length * 2);
                    }
                    spans[2 * count] = i;
                    spans[2 * count + 1] = end;
                    count++;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        int slots = Integer.highestOneBit(Math.max(4, count)) * 4;
        LowerCaseWords words = new LowerCaseWords(text, new int[slots], new int[slots]);
        for (int w = 0; w < count; w++) {
            words.add(spans[2 * w], spans[2 * w + 1]);
        }
        return words;
    }

    private void add(int begin, int end) {
        int mask = begins.length - 1;
        for (int slot = spread(hash(text, begin, end)) & mask; ; slot = (slot + 1) & mask) {
            if (begins[slot] == 0) {
                begins[slot] = begin + 1;
                ends[slot] = end;
                return;
            }
            if (sameWord(slot, text, begin, end)) {
                return;
            }
        }
    }

    /** Whether the text writes {@code word}, lower-cased, as one of its lower-case words. */
    boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int mask = begins.length - 1;
        for (int slot = spread(lower.hashCode()) & mask; begins[slot] != 0; slot = (slot + 1) & mask) {
            if (sameWord(slot, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean sameWord(int slot, String s, int begin, int end) {
        int from = begins[slot] - 1;
        return ends[slot] - from == end - begin && text.regionMatches(from, s, begin, end - begin);
    }

    /** What {@code s.substring(begin, end).hashCode()} gives, without the copy. */
    private static int hash(String s, int begin, int end) {
        int h = 0;
        for (int k = begin; k < end; k++) {
            h = 31 * h + s.charAt(k);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
