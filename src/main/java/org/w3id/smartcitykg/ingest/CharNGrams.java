package org.w3id.smartcitykg.ingest;

import java.util.HashSet;
import java.util.Set;
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
 * map keyed by one {@code CharBuffer} per n-gram, which cost more than the model itself; this
 * builds the same set of strings directly.
 */
final class CharNGrams {
    private static final int MIN_LENGTH = 1;
    private static final int MAX_LENGTH = 3;
    /** The normalisers of OpenNLP's default language-detector factory, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private CharNGrams() {}

    static String[] distinct(CharSequence text) {
        char[] lower = lowerCase(NORMALIZER.normalize(text));
        Set<String> grams = new HashSet<>(lower.length * 2);
        for (int length = MIN_LENGTH; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= lower.length; i++) {
                grams.add(new String(lower, i, length));
            }
        }
        return grams.toArray(new String[0]);
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
