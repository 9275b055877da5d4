package org.w3id.smartcitykg.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.ingest.Manifest;

class CorpusGeneratorTest {
    private static final List<String> LANGUAGES = List.of("pl", "ro", "bg");
    private static CorpusGenerator seedOne;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() {
        seedOne = new CorpusGenerator(1, LANGUAGES);
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        CorpusWriter.write(seedOne, 60, first);
        CorpusWriter.write(new CorpusGenerator(1, LANGUAGES), 60, second);
        List<String> names = fileNames(first);
        assertEquals(61, names.size(), "60 documents and the manifest");
        assertEquals(names, fileNames(second));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void anotherSeedWritesOtherDocuments() {
        CorpusGenerator seedTwo = new CorpusGenerator(2, LANGUAGES);
        long same = java.util.stream.IntStream.range(0, 30)
                .filter(i -> seedOne.document(i).text().equals(seedTwo.document(i).text())).count();
        assertEquals(0, same);
        assertNotEquals(seedOne.document(0).plan().city(), seedTwo.document(0).plan().city());
    }

    @Test
    void aDocumentDependsOnlyOnTheSeedAndItsIndex() {
        GeneratedDocument inOrder = seedOne.documents(8).toList().get(7);
        assertEquals(inOrder, seedOne.document(7));
    }

    @Test
    void theLanguagesTakeTurnsAndEachDocumentIsInItsCountry() {
        List<GeneratedDocument> documents = seedOne.documents(9).toList();
        for (int i = 0; i < documents.size(); i++) {
            GeneratedDocument d = documents.get(i);
            assertEquals(LANGUAGES.get(i % 3), d.language());
            assertEquals(d.language().toUpperCase(), d.plan().city().countryCode());
            assertTrue(d.text().contains(d.plan().project().acronym()), d.fileName());
            assertTrue(d.text().startsWith(d.title() + "\n\n"), d.fileName());
        }
    }

    @Test
    void theManifestDescribesEveryFileAsTheConverterReadsIt() throws Exception {
        CorpusWriter.write(seedOne, 12, dir);
        Manifest manifest = Manifest.read(dir.resolve(Manifest.FILE_NAME));
        for (GeneratedDocument d : seedOne.documents(12).toList()) {
            Manifest.Entry entry = manifest.entry(dir.resolve(d.fileName())).orElseThrow();
            assertEquals(d.language(), entry.language().orElseThrow());
            assertEquals(d.title(), entry.title().orElseThrow());
            assertEquals(d.published(), entry.published().orElseThrow());
        }
    }

    /** Measured with seed 1: 200 documents name about 1,000 cities, 2,000 about 8,000 (and 5,400 people). */
    @Test
    void distinctNamesGrowWithTheCorpus() {
        CorpusStatistics small = statistics(200);
        CorpusStatistics large = statistics(2000);
        assertTrue(large.cities() >= 7000, large.toString());
        assertTrue(large.organisations() >= 8000, large.toString());
        assertTrue(large.projects() >= 1950, large.toString());
        assertTrue(large.people() >= 5000, large.toString());
        assertTrue(large.cities() > 5 * small.cities() && large.people() > 5 * small.people(),
                small + " / " + large);
    }

    private static CorpusStatistics statistics(int size) {
        CorpusStatistics statistics = new CorpusStatistics();
        seedOne.documents(size).forEach(statistics::add);
        return statistics;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
