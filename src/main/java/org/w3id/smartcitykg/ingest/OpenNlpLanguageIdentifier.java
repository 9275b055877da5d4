package org.w3id.smartcitykg.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        double[] scores = model.logScores(sample);
        int top = 0;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[top]) {
                top = o;
            }
        }
        // The most probable European language, unless it is less than half as probable as the
        // winner: a European runner-up far behind a non-European winner is a guess, not an answer.
        // Probabilities share one denominator, so "half as probable" is a difference of log scores.
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if (scores[o] >= scores[top] - LN_2 && (best < 0 || scores[o] > scores[best])
                    && candidates.contains(tagOf(o))) {
                best = o;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new LanguageGuess(tagOf(best), probability(scores, best)));
    }

    private static final double LN_2 = Math.log(2);
    /** A language this many nats behind adds less than a double can hold to the one compared with. */
    private static final double NEGLIGIBLE = 40;

    private String tagOf(int outcome) {
        String code = model.language(outcome);
        return ISO3_TO_TAG.getOrDefault(code, code);
    }

    /** The normalised probability of one outcome, {@code 1 / Σ exp(s_o - s_outcome)}, without exponentials that cannot count. */
    private static double probability(double[] scores, int outcome) {
        double sum = 0;
        for (double score : scores) {
            double d = score - scores[outcome];
            if (d > -NEGLIGIBLE) {
                sum += Math.exp(d);
            }
        }
        return 1 / sum;
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

    /** At least 20 letters, most of them Latin, Cyrillic or Greek. */
    static boolean mostlyEuropeanScript(String text) {
        long letters = 0;
        long european = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                // ASCII, most chars of most texts: its letters are Latin, and asking is a table search.
                if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
                    letters++;
                    european++;
                }
            } else if (Character.isLetter(cp)) {
                letters++;
                if (isEuropeanScript(cp)) {
                    european++;
                }
            }
        }
        return letters >= 20 && european * 2 > letters;
    }

    /** Latin-1 to Latin Extended-B and basic Cyrillic hold letters of one script only; elsewhere the table says. */
    private static boolean isEuropeanScript(int letter) {
        if (letter >= 0xC0 && letter <= 0x24F || letter >= 0x400 && letter <= 0x52F) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(letter);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.GREEK;
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
