package org.w3id.smartcitykg.ingest;

import java.util.Set;

/** The languages the converter expects: the 24 official EU languages and their neighbours. */
public final class EuropeanLanguages {
    public static final Set<String> EU_OFFICIAL = Set.of(
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
            "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

    /** EU languages plus the rest of Europe a municipal news item may be written in. */
    public static final Set<String> ALL = union(EU_OFFICIAL, Set.of(
            "uk", "sr", "mk", "ru", "be", "bs", "sq", "no", "nb", "nn", "is", "ca", "eu", "gl",
            "lb", "tr", "cy", "fy", "rm"));

    private EuropeanLanguages() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
