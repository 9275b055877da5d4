package org.w3id.smartcitykg.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;

/**
 * OpenNLP's language detector (103 languages), restricted to the European ones: news from a
 * European municipality that the model half-confuses with, say, Malay is still read as European.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    private static final Map<String, String> ISO3_TO_TAG = iso3ToTag();
    static final int SAMPLE_CHARS = 1000;

    /** Immutable, so threads share it without a lock. */
    private final NGramLanguageModel model;
    private final Set<String> candidates;

    public OpenNlpLanguageIdentifier() {
        this(EuropeanLanguages.ALL);
    }

    public OpenNlpLanguageIdentifier(Set<String> candidates) {
        this.model = NGramLanguageModel.load();
        this.candidates = Set.copyOf(candidates);
    }

    @Override
    public Optional<LanguageGuess> identify(String text) {
        String sample = sample(text);
        if (!mostlyEuropeanScript(sample)) {
            return Optional.empty();
        }
        Language[] ranked = rank(CharNGrams.distinct(sample));
        for (Language language : ranked) {
            String tag = ISO3_TO_TAG.getOrDefault(language.getLang(), language.getLang());
            // A European runner-up far behind a non-European winner is a guess, not an answer.
            if (candidates.contains(tag) && language.getConfidence() >= ranked[0].getConfidence() / 2) {
                return Optional.of(new LanguageGuess(tag, language.getConfidence()));
            }
        }
        return Optional.empty();
    }

    /**
     * The start of the text, up to a word's end after {@value #SAMPLE_CHARS} chars: a thousand
     * chars of running text tell the language as surely as the whole (the same answer on every
     * seed and development document), and the model's cost grows with the n-grams it reads.
     */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = SAMPLE_CHARS;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Every language of the model, most probable first, as {@code LanguageDetectorME} ranks them. */
    private Language[] rank(long[] grams) {
        double[] probabilities = model.probabilities(grams);
        Language[] ranked = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            ranked[i] = new Language(model.language(i), probabilities[i]);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }

    /** At least 20 letters, most of them Latin, Cyrillic or Greek. */
    static boolean mostlyEuropeanScript(String text) {
        long letters = 0;
        long european = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                        || script == Character.UnicodeScript.GREEK) {
                    european++;
                }
            }
        }
        return letters >= 20 && european * 2 > letters;
    }

    private static Map<String, String> iso3ToTag() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code for this language
            }
        }
        // The model's codes that differ from the JDK's ISO 639-2/T ones.
        map.put("nob", "nb");
        map.put("nno", "nn");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("cmn", "zh");
        return Map.copyOf(map);
    }
}
