package org.w3id.smartcitykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.extract.Lexicons;
import org.w3id.smartcitykg.extract.RuleBasedExtractor;
import org.w3id.smartcitykg.ingest.DefaultIngestor;
import org.w3id.smartcitykg.ingest.Ingestor;
import org.w3id.smartcitykg.link.DefaultLinker;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.pipeline.BatchConverter;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.DocumentMapper;
import org.w3id.smartcitykg.rdf.IriScheme;

class KnowledgeStoreTest {
    @TempDir
    Path dir;

    private final IriScheme iris = IriScheme.standard();

    @Test
    void rebuildHoldsEveryDocumentAndTheOntologyInNamedGraphs() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            var report = store.rebuild(iris, Bundled.ontology(), new BatchConverter(Fixtures.converter()),
                    Fixtures.seeds(), "fp-1", w -> { });
            assertEquals(5, report.converted().size());
            long graphs = Txn.calculateRead(store.datasetGraph(), () -> org.apache.jena.atlas.iterator.Iter.toList(store.datasetGraph().listGraphNodes()).size());
            assertEquals(7, graphs, "five documents, the ontology and the store's record of changes");
            assertEquals(java.util.Optional.of("fp-1"), store.fingerprint());
        }
    }

    @Test
    void aRebuildKeepsTheChangeTimeOfDocumentsThatDidNotChange() throws Exception {
        java.time.Instant first = java.time.Instant.parse("2026-01-01T10:00:00Z");
        java.time.Instant second = java.time.Instant.parse("2026-02-01T10:00:00Z");
        java.time.Instant third = java.time.Instant.parse("2026-03-01T10:00:00Z");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("changes"))) {
            var converter = new BatchConverter(Fixtures.converter());
            store.rebuild(iris, Bundled.ontology(), converter, Fixtures.seeds(), "a", w -> { }, first);
            store.rebuild(iris, Bundled.ontology(), converter, Fixtures.seeds(), "b", w -> { }, second);
            assertEquals(java.util.Optional.of(first), store.lastModified(iris), "nothing changed");
            assertEquals(5, modifiedTimes(store).stream().filter("2026-01-01T10:00:00Z"::equals).count());
            store.rebuild(iris, Bundled.ontology(), converter, Fixtures.seeds().subList(0, 4), "c", w -> { }, third);
            assertEquals(java.util.Optional.of(third), store.lastModified(iris), "a document was removed");
            assertEquals(4, modifiedTimes(store).size());
        }
    }

    private java.util.List<String> modifiedTimes(KnowledgeStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> org.apache.jena.atlas.iterator.Iter.toList(
                store.datasetGraph().find(iris.storeGraph(), org.apache.jena.graph.Node.ANY,
                        org.apache.jena.vocabulary.DCTerms.modified.asNode(), org.apache.jena.graph.Node.ANY))
                .stream().filter(q -> !q.getSubject().equals(iris.storeGraph()))
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }

    @Test
    void aFailureInTheMiddleLeavesTheStoreAsItWas() throws Exception {
        Path location = dir.resolve("store");
        long before;
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            store.rebuild(iris, Bundled.ontology(), new BatchConverter(Fixtures.converter()), Fixtures.seeds(),
                    "fp-1", w -> { });
            before = store.countQuads();
            Lexicons lexicons = Lexicons.fromClasspath();
            Ingestor real = DefaultIngestor.standard(lexicons.languages());
            Ingestor dying = file -> {
                if (file.getFileName().toString().startsWith("002")) {
                    throw new IllegalStateException("disk full");
                }
                return real.ingest(file);
            };
            Converter failing = new Converter(dying, new RuleBasedExtractor(lexicons),
                    new DefaultLinker(GeoNamesGazetteer.load(), org.w3id.smartcitykg.link.ProgrammeRegistry.load()), new DocumentMapper(iris));
            List<Path> seeds = Fixtures.seeds();
            assertThrows(IllegalStateException.class, () -> store.rebuild(iris, Bundled.ontology(),
                    new BatchConverter(failing), seeds, "fp-2", w -> { }));
            assertEquals(before, store.countQuads(), "the old contents are intact");
            assertTrue(store.fingerprint().isEmpty(), "a failed rebuild leaves no claim of being up to date");
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(location)) {
            assertEquals(before, reopened.countQuads());
        }
    }

    @Test
    void fingerprintChangesWithAnyInput() throws Exception {
        List<Path> seeds = Fixtures.seeds();
        String a = Fingerprint.of("v1", "https://example.org/", seeds);
        assertEquals(a, Fingerprint.of("v1", "https://example.org/", seeds));
        assertTrue(!a.equals(Fingerprint.of("v2", "https://example.org/", seeds)));
        assertTrue(!a.equals(Fingerprint.of("v1", "https://example.com/", seeds)));
        assertTrue(!a.equals(Fingerprint.of("v1", "https://example.org/", seeds.subList(0, 4))));
    }
}
