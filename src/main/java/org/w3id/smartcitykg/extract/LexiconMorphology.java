package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Inflection from the lexicon alone, for languages without a morphological dictionary. The
 * lexicon lists each head noun's nominative first and its inflected forms after it, so a name
 * whose first word is a listed inflected form ("Univerzity", "Universității") is known to be
 * inflected: the head goes back to its nominative and the words after it that the suffix rules
 * recognise as agreeing adjectives follow. A name whose head is not listed stays as written.
 */
public final class LexiconMorphology implements Morphology {
    private static final List<String> HEAD_CATEGORIES = List.of("org.head", "project.cue", "strategy.cue",
            "network.cue", "programme.cue", "meeting.cue", "municipality.cue");

    private final Lexicon lexicon;
    private final SuffixRules rules;

    public LexiconMorphology(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = SuffixRules.from(lexicon);
    }

    @Override
    public Optional<String> lemma(String word) {
        for (String category : HEAD_CATEGORIES) {
            Optional<Lexicon.Entry> e = lexicon.lookup(category, word);
            if (e.isPresent()) {
                return Optional.of(PolishMorphology.withCase(word, e.get().lemma()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String nominative(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return phrase;
        }
        Optional<String> head = lemma(words[0]);
        if (head.isEmpty() || head.get().equalsIgnoreCase(words[0])) {
            return phrase;
        }
        // The suffix rules know the case endings ("Programului" -> "Programul"); a form they do not
        // rewrite that only adds to the dictionary form is an articled nominative ("Fondul"), any
        // other goes back to the dictionary form ("Πανεπιστημίου" -> "Πανεπιστήμιο").
        if (Folding.startsWithFolded(words[0], head.get())) {
            Optional<String> rewritten = rules.apply(words[0], "noun");
            if (rewritten.isEmpty()) {
                return phrase;
            }
            words[0] = rewritten.get();
        } else {
            words[0] = head.get();
        }
        for (int i = 1; i < words.length; i++) {
            Optional<String> adjective = rules.apply(words[i], "adj");
            if (adjective.isEmpty() || !Character.isLetter(words[i].charAt(0))) {
                break;
            }
            words[i] = adjective.get();
        }
        return String.join(" ", words);
    }

    @Override
    public String personNominative(String name) {
        return name;
    }
}
