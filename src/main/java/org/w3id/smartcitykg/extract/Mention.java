package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.Optional;

/**
 * A span of a document that names something, with where it is and who found it: every fact in the
 * graph can point back to the characters that support it.
 *
 * @param begin offset of the first character in the document's text
 * @param end offset after the last character
 * @param text the span as written
 * @param canonical the dictionary (nominative) form, as the annotator would write it
 * @param subtype a finer class ({@code Conference}, {@code University}), or empty
 * @param recogniser the rule that produced the mention
 * @param attributes what the recogniser learnt besides (dates, codes, identifiers)
 */
public record Mention(
        MentionType type,
        int begin,
        int end,
        String text,
        String canonical,
        String subtype,
        String recogniser,
        double confidence,
        Map<String, String> attributes) {

    public static final String START = "start";
    public static final String END = "end";
    /** On a place candidate: "true" when its only locative mark is a one-letter case ending ("Tartus"). */
    public static final String WEAK_LOCATIVE = "weakLocative";
    /**
     * On a place candidate after a preposition: its nominative as the language's ending rules
     * guess it ("Košiciach" -> "Košice"), for the linker to try after the name as written.
     */
    public static final String GUESSED_NOMINATIVE = "guessedNominative";
    /** On a place candidate: "true" when a town's head is written just before it ("primátor Žiliny"). */
    public static final String AFTER_TOWN_HEAD = "afterTownHead";

    public Mention {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
