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
    /**
     * Languages read with a close one's lexicon when they have none of their own: Norwegian
     * without a written standard named shares Bokmål's words for towns, bodies and events
     * ("kommune", "universitet", "konferanse").
     */
    private static final Map<String, String> READ_AS = Map.of("no", "nb");

    private final Set<String> languages;
    private final Map<String, Lexicon> loaded = new ConcurrentHashMap<>();

    /** Each language with a lexicon, and the language whose lexicon file it is read from. */
    private final Map<String, String> source;

    private Lexicons(Set<String> languages, Map<String, String> source) {
        this.languages = Set.copyOf(languages);
        this.source = Map.copyOf(source);
    }

    public static Lexicons fromClasspath() {
        Set<String> found = new TreeSet<>();
        Map<String, String> readAs = new java.util.HashMap<>();
        for (String language : EuropeanLanguages.ALL) {
            String source = Lexicon.exists(language) ? language : READ_AS.getOrDefault(language, language);
            if (Lexicon.exists(source)) {
                found.add(language);
                readAs.put(language, source);
            }
        }
        return new Lexicons(found, readAs);
    }

    public Set<String> languages() {
        return languages;
    }

    public Lexicon forLanguage(String language) {
        if (!languages.contains(language)) {
            return Lexicon.empty(language);
        }
        return loaded.computeIfAbsent(source.get(language), l -> Lexicon.load(l).orElseThrow());
    }
}
