package org.w3id.smartcitykg.extract;

import java.util.Optional;

/** A language's inflection, as far as names need it: dictionary forms and nominative phrases. */
public interface Morphology {
    /** The dictionary form of one word, if the language's resources know it. */
    Optional<String> lemma(String word);

    /**
     * The nominative of a name as written in running text ("Politechniki Warszawskiej" →
     * "Politechnika Warszawska"): the head word and the words agreeing with it change, the
     * complements that follow keep the case they have.
     */
    String nominative(String phrase);

    /**
     * A noun's nominative by the language's ending rules alone ("Daugavpilī" → "Daugavpils"), for a
     * word no dictionary lists, such as a town's name in the locative; empty where no rule applies.
     */
    default Optional<String> nounNominative(String word) {
        return Optional.empty();
    }

    /** A person's name in the nominative ("Pawła Nowaka" → "Paweł Nowak"). */
    String personNominative(String name);

    /** Whether the dictionary knows the word only as a common word (so it is no one's name). */
    default boolean isCommonWord(String word) {
        return false;
    }

    Morphology NONE = new Morphology() {
        @Override
        public Optional<String> lemma(String word) {
            return Optional.empty();
        }

        @Override
        public String nominative(String phrase) {
            return phrase;
        }

        @Override
        public String personNominative(String name) {
            return name;
        }
    };
}
