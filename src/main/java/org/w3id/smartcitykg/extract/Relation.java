package org.w3id.smartcitykg.extract;

/**
 * A fact the text states between two mentions, or between a mention and a value.
 *
 * @param property the ontology property's local name ({@code heldIn}, {@code startDate})
 * @param object the object mention, or null when the object is {@code value}
 * @param value a literal value (a date, a role) when {@code object} is null
 * @param evidenceBegin start of the text span that supports the fact
 * @param evidenceEnd end of that span
 */
public record Relation(
        Mention subject,
        String property,
        Mention object,
        String value,
        int evidenceBegin,
        int evidenceEnd,
        String rule,
        double confidence) {

    public static Relation between(Mention subject, String property, Mention object, Span evidence,
                                   String rule, double confidence) {
        return new Relation(subject, property, object, null, evidence.begin(), evidence.end(), rule, confidence);
    }

    public static Relation withValue(Mention subject, String property, String value, Span evidence,
                                     String rule, double confidence) {
        return new Relation(subject, property, null, value, evidence.begin(), evidence.end(), rule, confidence);
    }

    public boolean hasObjectMention() {
        return object != null;
    }
}
