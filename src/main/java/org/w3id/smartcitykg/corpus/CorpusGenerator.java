package org.w3id.smartcitykg.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.Place;
import org.w3id.smartcitykg.link.ProgrammeRegistry;

/**
 * A synthetic corpus of municipal project news, to prove the converter at scale. Document
 * {@code i} depends only on the seed and {@code i}: the same seed gives the same corpus,
 * documents can be made in any order, and none needs to be kept once written.
 */
public final class CorpusGenerator {
    public static final List<String> DEFAULT_LANGUAGES = List.of("pl", "ro", "bg");

    private final long seed;
    private final List<String> languages;
    private final Map<String, LanguageKit> kits = new LinkedHashMap<>();

    public CorpusGenerator(long seed, List<String> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("no languages to write in");
        }
        this.seed = seed;
        this.languages = List.copyOf(languages);
        List<Place> places = GeoNamesGazetteer.bundledPlaces();
        ProgrammeRegistry registry = ProgrammeRegistry.load();
        for (String language : this.languages) {
            kits.computeIfAbsent(language, l -> new LanguageKit(l, places, registry));
        }
    }

    /** Document {@code index}; the languages take turns. */
    public GeneratedDocument document(int index) {
        String language = languages.get(index % languages.size());
        String fileName = String.format("%06d_%s.txt", index, language);
        return kits.get(language).write(fileName, new SplittableRandom(mix(seed, index)));
    }

    /** The first {@code size} documents, made as they are read. */
    public Stream<GeneratedDocument> documents(int size) {
        return IntStream.range(0, size).mapToObj(this::document);
    }

    /** Seeds that differ in one bit, or neighbouring documents, still get unrelated random streams. */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
