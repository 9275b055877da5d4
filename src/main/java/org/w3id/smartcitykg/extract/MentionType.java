package org.w3id.smartcitykg.extract;

/** What a span of text names. */
public enum MentionType {
    CITY, COUNTRY, PARTNER, PROJECT, PROGRAMME, MEETING, PERSON, DATE
}
