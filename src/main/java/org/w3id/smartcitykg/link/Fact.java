package org.w3id.smartcitykg.link;

import org.w3id.smartcitykg.extract.Span;

/**
 * A statement about an entity: to another entity ({@code objectKey}) or to a literal
 * ({@code value}, typed by {@code kind}).
 */
public record Fact(String subjectKey, String property, String objectKey, String value, ValueKind kind,
                   Span evidence, String rule, double confidence) {

    public enum ValueKind { ENTITY, DATE, LANG_STRING, STRING }

    public static Fact toEntity(String subject, String property, String object, Span evidence, String rule,
                                double confidence) {
        return new Fact(subject, property, object, null, ValueKind.ENTITY, evidence, rule, confidence);
    }

    public static Fact toValue(String subject, String property, String value, ValueKind kind, Span evidence,
                               String rule, double confidence) {
        return new Fact(subject, property, null, value, kind, evidence, rule, confidence);
    }
}
