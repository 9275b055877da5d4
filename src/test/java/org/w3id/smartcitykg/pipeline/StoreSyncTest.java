package org.w3id.smartcitykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.smartcitykg.vocab.SC;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * The store kept up to date with a folder of documents, on real TDB2 stores: built in bulk from
 * nothing, then changed one document at a time, always equal to a clean build of the same folder.
 */
class StoreSyncTest {
    private static final IriScheme IRIS = IriScheme.standard();

    @TempDir
    Path dir;

    @Test
    void aFreshStoreIsBuiltInBulkAndAnUpToDateOneLoadsNoConverter() throws Exception {
        Path docs = copyOfSeeds("docs");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            StoreSync.Report first = Fixtures.sync(store, "b1").sync(Inputs.expand(List.of(docs)));
            assertTrue(first.rebuilt());
            assertEquals(5, first.converted());
            assertEquals(5, store.documents().size());
            String one = store.documents().keySet().iterator().next();
            assertEquals(Map.of(one, store.documents().get(one)), store.documents(Set.of(one, "no-such-document")),
                    "the records of the documents asked for, and of no other");
            Instant modified = store.lastModified().orElseThrow();
            AtomicInteger made = new AtomicInteger();
            StoreSync again = new StoreSync(store, Bundled::ontology, "b1", () -> {
                made.incrementAndGet();
                return Fixtures.converter();
            }, StoreSync.Options.defaults(), Progress.NONE, w -> { });
            StoreSync.Report second = again.sync(Inputs.expand(List.of(docs)));
            assertEquals(0, second.converted());
            assertEquals(5, second.unchanged());
            assertEquals(0, made.get(), "nothing to convert, so no converter");
            assertEquals(modified, store.lastModified().orElseThrow());
            again.warmConverter();
            again.warmConverter();
            assertEquals(1, made.get(), "a watching server's warm-up makes the converter it will use, once");
            assertEquals(modified, store.lastModified().orElseThrow(), "and writes nothing to the store");
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(dir.resolve("store"))) {
            assertEquals(5, reopened.documents().size(), "the bulk build is the store after a restart");
        }
    }

    @Test
    void onlyTheGraphsOfChangedDocumentsChangeAndTheStoreEqualsACleanBuild() throws Exception {
        Path docs = copyOfSeeds("docs");
        List<Path> files = Inputs.expand(List.of(docs));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Fixtures.sync(store, "b1").sync(files);
            Map<Node, Set<Quad>> before = graphs(store);
            Path changed = files.get(0);
            Path removed = files.get(1);
            Path added = docs.resolve("zz_added.txt");
            Files.writeString(changed, Files.readString(changed) + "\n\nA closing line added by an editor.\n");
            Files.delete(removed);
            Files.copy(files.get(2), added);
            StoreSync.Report report = Fixtures.sync(store, "b1").sync(Inputs.expand(List.of(docs)));
            assertFalse(report.rebuilt());
            assertEquals(2, report.converted());
            assertEquals(1, report.removed());
            Map<Node, Set<Quad>> after = graphs(store);
            Set<Node> differing = new HashSet<>();
            for (Node g : union(before.keySet(), after.keySet())) {
                if (!before.getOrDefault(g, Set.of()).equals(after.getOrDefault(g, Set.of()))) {
                    differing.add(g);
                }
            }
            assertEquals(Set.of(graph(changed), graph(removed), graph(added), IRIS.storeGraph()), differing);
            assertEveryRuleIsDescribed(store);
            assertEqualsCleanBuild(store, docs);
        }
    }

    @Test
    void aReaderSeesEachDocumentWholeBeforeOrAfterAChange() throws Exception {
        Path docs = copyOfSeeds("docs");
        Path doc = Inputs.expand(List.of(docs)).get(0);
        String original = Files.readString(doc);
        String edited = original + "\n\nA closing line added by an editor.\n";
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            StoreSync sync = Fixtures.sync(store, "b1");
            sync.sync(Inputs.expand(List.of(docs)));
            Node g = graph(doc);
            Set<Quad> originalQuads = contents(store, g);
            Files.writeString(doc, edited);
            sync.apply(sync.planChanged(Set.of(doc)), Instant.now());
            Set<Quad> editedQuads = contents(store, g);
            assertFalse(originalQuads.equals(editedQuads), "the edit changes the document's graph");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<String> torn = new AtomicReference<>();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    Set<Quad> seen = contents(store, g);
                    reads.incrementAndGet();
                    if (!seen.equals(originalQuads) && !seen.equals(editedQuads)) {
                        torn.set(seen.size() + " quads, neither version of the document");
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 6; i++) {
                Files.writeString(doc, i % 2 == 0 ? original : edited);
                sync.apply(sync.planChanged(Set.of(doc)), Instant.now());
            }
            stop.set(true);
            reader.join();
            assertEquals(null, torn.get());
            assertTrue(reads.get() > 6, "the reader read while the changes went in: " + reads.get());
        }
    }

    @Test
    void aStoreBuiltByAnotherConverterIsBuiltAnew() throws Exception {
        Path docs = copyOfSeeds("docs");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Fixtures.sync(store, "old-build").sync(Inputs.expand(List.of(docs)));
            StoreSync.Report report = Fixtures.sync(store, "new-build").sync(Inputs.expand(List.of(docs)));
            assertTrue(report.rebuilt());
            assertEquals((long) Bundled.ontology().size(), size(store, IRIS.ontologyGraph()),
                    "the ontology graph is replaced, never added to");
            assertEqualsCleanBuild(store, docs);
        }
    }

    @Test
    void aKillDuringTheBulkBuildLeavesAStoreThatOpensAndCatchesUp() throws Exception {
        Path docs = dir.resolve("many");
        Files.createDirectories(docs);
        List<Path> seeds = Fixtures.seeds();
        for (int i = 0; i < 400; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.copy(seed, docs.resolve(String.format("doc%04d.txt", i)));
        }
        Path location = dir.resolve("killed");
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            Fixtures.sync(store, "b1").sync(List.of(seeds.get(0)));
        }
        Process serve = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "org.w3id.smartcitykg.cli.Main", "serve", "--quiet", "--port", "0", "--store", location.toString(),
                docs.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        waitForBuildToStart(location);
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        try (KnowledgeStore store = KnowledgeStore.open(location)) {
            assertEquals(1, store.documents().size(), "the store as it was before the killed build");
            StoreSync.Report report = Fixtures.sync(store, "b1").sync(Inputs.expand(List.of(docs)));
            assertEquals(400, store.documents().size(), report.toString());
        }
    }

    private static void waitForBuildToStart(Path location) throws InterruptedException {
        Path building = location.toAbsolutePath().resolveSibling(location.getFileName() + ".building");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(building) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.isDirectory(building), "the bulk build never began");
        Thread.sleep(300);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void assertEqualsCleanBuild(KnowledgeStore store, Path docs) throws Exception {
        try (KnowledgeStore clean = KnowledgeStore.open(dir.resolve("clean-" + System.nanoTime()))) {
            Fixtures.sync(clean, "clean").sync(Inputs.expand(List.of(docs)));
            Map<Node, Set<Quad>> expected = withoutChangeTimes(graphs(clean));
            Map<Node, Set<Quad>> actual = withoutChangeTimes(graphs(store));
            Set<Node> onlyExpected = new HashSet<>(expected.keySet());
            onlyExpected.removeAll(actual.keySet());
            Set<Node> onlyActual = new HashSet<>(actual.keySet());
            onlyActual.removeAll(expected.keySet());
            assertTrue(onlyExpected.isEmpty() && onlyActual.isEmpty(), "graphs only in the clean build: " + onlyExpected
                    + "; only in the store: " + onlyActual + ": " + onlyActual.stream().map(actual::get)
                    .map(q -> q.stream().limit(3).toList()).toList());
            for (Node g : expected.keySet()) {
                Set<Quad> missing = new HashSet<>(expected.get(g));
                missing.removeAll(actual.get(g));
                Set<Quad> extra = new HashSet<>(actual.get(g));
                extra.removeAll(expected.get(g));
                if (g.equals(IRIS.converterGraph())) {
                    // the converter's graph keeps the rules of documents that went: more is right
                    extra.clear();
                }
                boolean same = missing.isEmpty() && extra.isEmpty()
                        // blank nodes (the ontology's) have labels of their own in each store
                        || asGraph(expected.get(g)).isIsomorphicWith(asGraph(actual.get(g)));
                assertTrue(same, g + ": " + missing.size() + " quads missing, e.g. " + missing.stream().limit(3).toList()
                        + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
            }
        }
    }

    /** Every rule that evidence names is described (in the converter's graph), and only once. */
    private static void assertEveryRuleIsDescribed(KnowledgeStore store) {
        Txn.executeRead(store.datasetGraph(), () -> {
            DatasetGraph ds = store.datasetGraph();
            Set<Node> named = new HashSet<>();
            ds.find(Node.ANY, Node.ANY, SC.rule.asNode(), Node.ANY).forEachRemaining(q -> named.add(q.getObject()));
            assertFalse(named.isEmpty());
            for (Node rule : named) {
                List<Quad> described = org.apache.jena.atlas.iterator.Iter.toList(
                        ds.find(Node.ANY, rule, SC.recogniser.asNode(), Node.ANY));
                assertEquals(1, described.size(), rule + " described " + described);
                assertEquals(IRIS.converterGraph(), described.get(0).getGraph());
            }
        });
    }

    /** When each document changed differs between two builds by their nature; all else must not. */
    private static Map<Node, Set<Quad>> withoutChangeTimes(Map<Node, Set<Quad>> graphs) {
        Map<Node, Set<Quad>> out = new HashMap<>(graphs);
        Set<Quad> store = new HashSet<>(out.getOrDefault(IRIS.storeGraph(), Set.of()));
        store.removeIf(q -> q.getPredicate().equals(DCTerms.modified.asNode()));
        out.put(IRIS.storeGraph(), store);
        return out;
    }

    private static Map<Node, Set<Quad>> graphs(KnowledgeStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Set<Quad>> m = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> m.computeIfAbsent(q.getGraph(), k -> new HashSet<>()).add(q));
            return m;
        });
    }

    private static org.apache.jena.graph.Graph asGraph(Set<Quad> quads) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }

    private static Set<Quad> contents(KnowledgeStore store, Node graph) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static long size(KnowledgeStore store, Node graph) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            long n = 0;
            var it = store.datasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private static Node graph(Path file) {
        return IRIS.documentGraph(org.w3id.smartcitykg.ingest.SourceText.keyOf(file));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private Path copyOfSeeds(String name) throws Exception {
        Path docs = dir.resolve(name);
        Files.createDirectories(docs);
        for (Path seed : Fixtures.seeds()) {
            Files.copy(seed, docs.resolve(seed.getFileName()));
        }
        Path manifest = Fixtures.seedsDir().resolve("manifest.csv");
        if (Files.exists(manifest)) {
            Files.writeString(docs.resolve("manifest.csv"), Files.readString(manifest, StandardCharsets.UTF_8));
        }
        return docs;
    }
}
