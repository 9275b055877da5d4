package org.w3id.smartcitykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.vocab.SC;

/**
 * The TDB2 store the server reads: each document in its own named graph, the ontology in its own,
 * what documents share (the converter's description) in graphs that no document's removal touches,
 * a record of every document's checksum and last change in the store graph, and the union of all
 * as the default graph. It knows documents and graphs, not how they were made: it takes each
 * document's quads whole, and changes them either in transactions of one batch each, which readers
 * see entirely or not at all, or, for a store built from nothing, by writing a fresh database
 * beside the old one bottom-up ({@link PackedBuild}, as Jena's xloader writes one) that replaces
 * it only once it is complete.
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final String BUILD_FILE = "smartcity-kg.build";
    private static final String BUILDING_SUFFIX = ".building";
    private static final String RETIRED_SUFFIX = ".retired";

    private volatile DatasetGraph dataset;
    private final Optional<Path> directory;
    private final IriScheme iris;

    /** One document as the store holds it: its quads (in its own graph, and in shared graphs) and the checksum of its source. */
    public record DocumentGraph(String key, String sha256, Collection<Quad> quads) {}

    /** What the store recorded of a document it holds. */
    public record DocumentVersion(String key, String sha256, Instant modified) {}

    private KnowledgeStore(DatasetGraph dataset, Optional<Path> directory, IriScheme iris) {
        this.dataset = unionDefault(dataset);
        this.directory = directory;
        this.iris = iris;
    }

    private static DatasetGraph unionDefault(DatasetGraph dsg) {
        // SPARQL without GRAPH sees every document at once.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /**
     * The quad indexes of a store this project creates: TDB2's six but GPOS and GOSP. Every graph
     * is one document's few hundred quads, so within a known graph GSPO finds any pattern in a
     * short scan, and SPARQL without GRAPH (the union of all documents) reads the three indexes
     * that do not start with the graph. Two indexes fewer are a third less to load and to keep
     * in memory. A store made with all six keeps them: TDB2 takes only cache sizes from the
     * parameters a program passes for an existing store, never its layout.
     */
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};
    private static final StoreParams LAYOUT = StoreParams.builder("smartcity-kg", StoreParams.getDftStoreParams())
            .quadIndexes(QUAD_INDEXES).build();

    static DatasetGraph connect(Path directory) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString(), LAYOUT);
        keepLayoutWithStorage(dsg, directory);
        return dsg;
    }

    /**
     * TDB2 writes a new store's layout to {@code tdb.cfg} beside its {@code Data-NNNN} folder,
     * where Fuseki's {@code --loc}, asking first whether the folder is a TDB1 database, reads it
     * with TDB1's codec and fails on the TDB2 keys. TDB2 reads the layout just as well, and
     * first, from inside the storage folder; there it is out of Fuseki's way.
     */
    private static void keepLayoutWithStorage(DatasetGraph dsg, Path directory) throws IOException {
        Path beside = directory.resolve(org.apache.jena.dboe.sys.Names.TDB_CONFIG_FILE);
        if (Files.exists(beside)) {
            Path storage = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath());
            Files.move(beside, storage.resolve(beside.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A persistent store in {@code directory}, created if absent; an unfinished bulk build is dropped. */
    public static KnowledgeStore open(Path directory) throws IOException {
        return open(directory, IriScheme.standard());
    }

    public static KnowledgeStore open(Path directory, IriScheme iris) throws IOException {
        Files.createDirectories(directory);
        FileTrees.delete(sibling(directory, BUILDING_SUFFIX));
        FileTrees.delete(sibling(directory, RETIRED_SUFFIX));
        return new KnowledgeStore(connect(directory), Optional.of(directory), iris);
    }

    /** A TDB2 store in memory, gone when the process ends. */
    public static KnowledgeStore inMemory() {
        return inMemory(IriScheme.standard());
    }

    public static KnowledgeStore inMemory(IriScheme iris) {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), Optional.empty(), iris);
    }

    /** The dataset as it is now; after {@link #bulkRebuild} a new one, so ask again. */
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dataset);
    }

    public Optional<Path> directory() {
        return directory;
    }

    /** What the store was built with (converter build, base IRI), as recorded by the last bulk build. */
    public Optional<String> build() {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.get().resolve(BUILD_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the store holds any document at all. */
    public boolean holdsDocuments() {
        return Txn.calculateRead(dataset, () ->
                dataset.find(iris.storeGraph(), Node.ANY, SC.sha256.asNode(), Node.ANY).hasNext());
    }

    /** Every document the store holds, by key, with its checksum and when it last changed. */
    public Map<String, DocumentVersion> documents() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, DocumentVersion> versions = new HashMap<>();
            Node store = iris.storeGraph();
            dataset.find(store, Node.ANY, SC.sha256.asNode(), Node.ANY).forEachRemaining(q -> {
                Optional<String> key = iris.documentKey(q.getSubject());
                var modified = dataset.find(store, q.getSubject(), DCTerms.modified.asNode(), Node.ANY);
                if (key.isPresent() && modified.hasNext()) {
                    versions.put(key.get(), new DocumentVersion(key.get(), q.getObject().getLiteralLexicalForm(),
                            Instant.parse(modified.next().getObject().getLiteralLexicalForm())));
                }
            });
            return versions;
        });
    }

    /** What the store recorded of the documents {@code keys}, those it holds: two index look-ups each. */
    public Map<String, DocumentVersion> documents(java.util.Collection<String> keys) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, DocumentVersion> versions = new HashMap<>();
            Node store = iris.storeGraph();
            for (String key : keys) {
                Node document = iris.document(key);
                var sha = dataset.find(store, document, SC.sha256.asNode(), Node.ANY);
                var modified = dataset.find(store, document, DCTerms.modified.asNode(), Node.ANY);
                if (sha.hasNext() && modified.hasNext()) {
                    versions.put(key, new DocumentVersion(key, sha.next().getObject().getLiteralLexicalForm(),
                            Instant.parse(modified.next().getObject().getLiteralLexicalForm())));
                }
            }
            return versions;
        });
    }

    /**
     * In one write transaction: removes the documents of {@code removals}, replaces or adds each
     * of {@code documents} whole, and records the change. A reader sees all of it or none of it.
     */
    public void apply(Collection<DocumentGraph> documents, Collection<String> removals, Instant now) {
        Node nowLiteral = dateTime(now);
        Txn.executeWrite(dataset, () -> {
            for (String key : removals) {
                dataset.deleteAny(iris.documentGraph(key), Node.ANY, Node.ANY, Node.ANY);
                dataset.deleteAny(iris.storeGraph(), iris.document(key), Node.ANY, Node.ANY);
            }
            for (DocumentGraph doc : documents) {
                Node graph = iris.documentGraph(doc.key());
                Node previous = recordedSha(doc.key());
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                doc.quads().forEach(q -> dataset.add(canonical(q)));
                boolean same = previous != null && previous.getLiteralLexicalForm().equals(doc.sha256());
                if (!same) {
                    record(doc, nowLiteral, dataset::add);
                }
            }
            if (!documents.isEmpty() || !removals.isEmpty()) {
                dataset.deleteAny(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(), Node.ANY);
                dataset.add(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(), nowLiteral);
            }
        });
    }

    private Node recordedSha(String key) {
        var it = dataset.find(iris.storeGraph(), iris.document(key), SC.sha256.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private void record(DocumentGraph doc, Node modified, java.util.function.Consumer<Quad> out) {
        Node store = iris.storeGraph();
        Node document = iris.document(doc.key());
        dataset.deleteAny(store, document, Node.ANY, Node.ANY);
        out.accept(Quad.create(store, document, SC.sha256.asNode(), NodeFactory.createLiteralString(doc.sha256())));
        out.accept(Quad.create(store, document, DCTerms.modified.asNode(), modified));
    }

    /** Replaces the ontology graph with {@code ontology}: replaced, never added to. */
    public void replaceOntology(Graph ontology) {
        Txn.executeWrite(dataset, () -> {
            Node g = iris.ontologyGraph();
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            ontology.find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Starts building the store anew from nothing. Until {@link BulkBuild#commit} the store as it
     * was stays in place and readable; a failure or a kill leaves it so, and the unfinished build
     * is dropped at the next open.
     */
    public BulkBuild bulkRebuild(Graph ontology, String build, Instant now) throws IOException {
        Optional<Path> buildDir = directory.map(d -> sibling(d, BUILDING_SUFFIX));
        QuadLoads.QuadLoad load;
        if (buildDir.isPresent()) {
            FileTrees.delete(buildDir.get());
            Files.createDirectories(buildDir.get());
            load = new QuadLoads.Packed(buildDir.get());
        } else {
            load = new QuadLoads.ThroughLoader(DatabaseMgr.createDatasetGraph());
        }
        return new BulkBuild(load, buildDir, ontology, build, now);
    }

    /** A store being built from nothing; not thread-safe, fed from one thread. */
    public final class BulkBuild implements AutoCloseable {
        private final QuadLoads.QuadLoad load;
        private final Optional<Path> buildDir;
        private final Node nowLiteral;
        private final String build;
        private final java.util.Set<Quad> shared = new java.util.HashSet<>();
        private boolean finished;

        private BulkBuild(QuadLoads.QuadLoad load, Optional<Path> buildDir, Graph ontology, String build, Instant now)
                throws IOException {
            this.load = load;
            this.buildDir = buildDir;
            this.build = build;
            this.nowLiteral = dateTime(now);
            Node g = iris.ontologyGraph();
            for (var it = ontology.find(); it.hasNext(); ) {
                load.add(Quad.create(g, it.next()));
            }
        }

        public void add(DocumentGraph doc) throws IOException {
            Node own = iris.documentGraph(doc.key());
            for (Quad q : doc.quads()) {
                // a shared graph's statements (the converter's) come with every document: load them once
                if (q.getGraph().equals(own) || shared.add(q)) {
                    load.add(canonical(q));
                }
            }
            Node store = iris.storeGraph();
            Node document = iris.document(doc.key());
            load.add(Quad.create(store, document, SC.sha256.asNode(), NodeFactory.createLiteralString(doc.sha256())));
            load.add(Quad.create(store, document, DCTerms.modified.asNode(), nowLiteral));
        }

        public long quads() {
            return load.quads();
        }

        /** Finishes the load and puts the new store in the place of the old one. */
        public void commit() throws IOException {
            load.add(Quad.create(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(), nowLiteral));
            finished = true;
            DatasetGraph built;
            try {
                built = load.finish();
            } catch (IOException | RuntimeException e) {
                dropBuild();
                throw e;
            }
            swapIn(built, buildDir, build);
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                finished = true;
                load.abandon();
                dropBuild();
            }
        }

        private void dropBuild() {
            buildDir.ifPresent(FileTrees::delete);
        }
    }

    private void swapIn(DatasetGraph built, Optional<Path> buildDir, String build) throws IOException {
        if (buildDir.isEmpty()) {
            dataset = unionDefault(built);
            return;
        }
        Path dir = directory.orElseThrow();
        TDBInternal.expel(built);
        TDBInternal.expel(dataset);
        Path retired = sibling(dir, RETIRED_SUFFIX);
        FileTrees.delete(retired);
        Files.move(dir, retired, StandardCopyOption.ATOMIC_MOVE);
        Files.move(buildDir.get(), dir, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(BUILD_FILE), build, StandardCharsets.UTF_8);
        FileTrees.delete(retired);
        dataset = unionDefault(connect(dir));
    }

    /** When the store's contents last changed, as recorded at the last change. */
    public Optional<Instant> lastModified() {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(Instant.parse(it.next().getObject().getLiteralLexicalForm()))
                    : Optional.<Instant>empty();
        });
    }

    public long countQuads() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * The quad with its literal in canonical form ("0.7" for "0.70"). TDB2 keeps some values
     * inline and some in its node table, and a value written in two forms is then found in one
     * and deleted in the other: only canonical literals come out exactly as they went in.
     */
    private static Quad canonical(Quad q) {
        Node o = q.getObject();
        if (!o.isLiteral()) {
            return q;
        }
        Node c = CanonicalizeLiteral.get().apply(o);
        return c.equals(o) ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), c);
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private static Path sibling(Path dir, String suffix) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }


    @Override
    public void close() {
        if (directory.isPresent()) {
            // Releases the files and the lock, so another process (or test) can open the store.
            try {
                TDBInternal.expel(dataset);
            } catch (org.apache.jena.dboe.transaction.txn.TransactionException stillInUse) {
                // A reader or a batch is still at work as the process ends. Leaving the files open
                // is safe: a read writes nothing, TDB2's journal finishes or drops an unfinished
                // commit at the next open, and the lock goes with the process.
            }
        }
    }
}
