package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.smartcitykg.ingest.EuropeanLanguages;

/** The lexicons the project ships, one per language, loaded once. */
public final class Lexicons {
    private final Map<String, Lexicon> byLanguage;

    private Lexicons(Map<String, Lexicon> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public static Lexicons fromClasspath() {
        Map<String, Lexicon> found = new TreeMap<>();
        for (String language : EuropeanLanguages.ALL) {
            Lexicon.load(language).ifPresent(l -> found.put(language, l));
        }
        return new Lexicons(found);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public Lexicon forLanguage(String language) {
        return byLanguage.getOrDefault(language, Lexicon.empty(language));
    }
}
