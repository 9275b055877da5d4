package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lexicon's {@code nom.suffix} rules: "from>to" rewrites of word endings, for nouns or
 * adjectives, longest ending first. The fallback for languages without a morphological dictionary.
 */
public final class SuffixRules {
    /** One rewrite, for a part of speech ("adj", "noun", optionally ":fem" and so on). */
    public record Rule(String from, String to, String partOfSpeech) {}

    private final List<Rule> rules;

    private SuffixRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static SuffixRules from(Lexicon lexicon) {
        List<Rule> rules = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries("nom.suffix")) {
            for (String form : e.forms()) {
                int arrow = form.indexOf('>');
                if (arrow > 0) {
                    rules.add(new Rule(form.substring(0, arrow).strip(), form.substring(arrow + 1).strip(),
                            e.attribute()));
                }
            }
        }
        rules.sort(Comparator.comparingInt((Rule r) -> r.from().length()).reversed());
        return new SuffixRules(List.copyOf(rules));
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rules for the part of speech that rewrite {@code word} into {@code rewritten}, ignoring case. */
    public List<Rule> rulesTaking(String word, String rewritten, String partOfSpeech) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String target = rewritten.toLowerCase(java.util.Locale.ROOT);
        return rules.stream().filter(r -> r.partOfSpeech().startsWith(partOfSpeech) && lower.endsWith(r.from())
                && (lower.substring(0, lower.length() - r.from().length()) + r.to()).equals(target)).toList();
    }

    /** The word rewritten by the longest matching rule for the part of speech, keeping its capital. */
    public Optional<String> apply(String word, String partOfSpeech) {
        return longestRule(word, partOfSpeech)
                .map(r -> word.substring(0, word.length() - r.from().length()) + r.to());
    }

    /** The longest rule for the part of speech whose ending the word has, leaving two letters before it. */
    public Optional<Rule> longestRule(String word, String partOfSpeech) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (Rule r : rules) {
            if (r.partOfSpeech().startsWith(partOfSpeech) && lower.endsWith(r.from())
                    && lower.length() > r.from().length() + 1) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
