package org.w3id.smartcitykg.ingest;

import java.util.Arrays;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The features OpenNLP's language model reads: the distinct character 1- to 3-grams of the text,
 * normalised and lower-cased as {@code LanguageDetectorFactory} does. OpenNLP counts them in a
 * map keyed by one {@code CharBuffer} per n-gram, which cost more than the model itself; here an
 * n-gram is packed into a {@code long} (its length and up to three UTF-16 chars) and no object
 * is made for it.
 */
final class CharNGrams {
    static final int MAX_LENGTH = 3;
    /** The normalisers of OpenNLP's default language-detector factory, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final long EMPTY = 0;

    private CharNGrams() {}

    /** The distinct n-grams, packed, shortest first and in the order they first occur. */
    static long[] distinct(CharSequence text) {
        char[] lower = lowerCase(NORMALIZER.normalize(text));
        long[] seen = new long[Integer.highestOneBit(Math.max(4, lower.length * MAX_LENGTH)) * 4];
        long[] grams = new long[lower.length * MAX_LENGTH];
        int count = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= lower.length; i++) {
                long gram = pack(lower, i, length);
                if (addIfAbsent(seen, gram)) {
                    grams[count++] = gram;
                }
            }
        }
        return Arrays.copyOf(grams, count);
    }

    private static boolean addIfAbsent(long[] set, long gram) {
        int mask = set.length - 1;
        for (int slot = slot(gram, mask); ; slot = (slot + 1) & mask) {
            if (set[slot] == gram) {
                return false;
            }
            if (set[slot] == EMPTY) {
                set[slot] = gram;
                return true;
            }
        }
    }

    /** A well-spread table slot for a packed n-gram, shared with the model's table. */
    static int slot(long gram, int mask) {
        long h = gram * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** Length in bits 48-49, then the chars, first one highest: never 0, which marks an empty slot. */
    static long pack(char[] chars, int from, int length) {
        long packed = (long) length << 48;
        for (int k = 0; k < length; k++) {
            packed |= (long) chars[from + k] << (16 * (MAX_LENGTH - 1 - k));
        }
        return packed;
    }

    static long pack(String gram) {
        return pack(gram.toCharArray(), 0, gram.length());
    }

    /** Code point by code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: no locale rules. */
    private static char[] lowerCase(CharSequence s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            n += Character.toChars(Character.toLowerCase(cp), out, n);
        }
        return out;
    }
}
