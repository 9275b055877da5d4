package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.smartcitykg.ingest.EuropeanLanguages;

/**
 * The lexicons the project ships, one per language, each read the first time a document in its
 * language needs it: a run meets a few languages, and start-up need not read thirty files.
 */
public final class Lexicons {
    private final Set<String> languages;
    private final Map<String, Lexicon> loaded = new ConcurrentHashMap<>();

    private Lexicons(Set<String> languages) {
        this.languages = Set.copyOf(languages);
    }

    public static Lexicons fromClasspath() {
        Set<String> found = new TreeSet<>();
        for (String language : EuropeanLanguages.ALL) {
            if (Lexicon.exists(language)) {
                found.add(language);
            }
        }
        return new Lexicons(found);
    }

    public Set<String> languages() {
        return languages;
    }

    public Lexicon forLanguage(String language) {
        if (!languages.contains(language)) {
            return Lexicon.empty(language);
        }
        return loaded.computeIfAbsent(language, l -> Lexicon.load(l).orElseThrow());
    }
}
