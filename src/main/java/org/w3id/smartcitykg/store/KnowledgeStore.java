package org.w3id.smartcitykg.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.smartcitykg.rdf.SC;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.smartcitykg.pipeline.BatchConverter;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * The TDB2 store the server reads: each document in its own named graph, the ontology in its own,
 * and the union of all as the default graph. A rebuild runs in one write transaction, so a failure
 * leaves the store as it was.
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final String FINGERPRINT_FILE = "smartcity-kg.fingerprint";

    private final DatasetGraph dataset;
    private final Optional<Path> directory;

    private KnowledgeStore(DatasetGraph dataset, Optional<Path> directory) {
        this.dataset = dataset;
        this.directory = directory;
        // SPARQL without GRAPH sees every document at once.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** A persistent store in {@code directory}, created if absent. */
    public static KnowledgeStore open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new KnowledgeStore(DatabaseMgr.connectDatasetGraph(directory.toString()), Optional.of(directory));
    }

    /** A TDB2 store in memory, gone when the process ends. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), Optional.empty());
    }

    public DatasetGraph datasetGraph() {
        return dataset;
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dataset);
    }

    /** The fingerprint of the inputs the store was last built from, if it was built. */
    public Optional<String> fingerprint() {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = directory.get().resolve(FINGERPRINT_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces everything with the ontology and the converted documents, in one transaction.
     * The fingerprint is written after the commit: a crash in between costs a rebuild, never a
     * store that claims inputs it does not hold.
     */
    public BatchConverter.BatchReport rebuild(IriScheme iris, Graph ontology, BatchConverter converter,
                                              List<Path> files, String fingerprint, Consumer<String> warnings)
            throws IOException {
        return rebuild(iris, ontology, converter, files, fingerprint, warnings, Instant.now());
    }

    /** As above, with {@code now} as the time of the change of every new or changed document. */
    public BatchConverter.BatchReport rebuild(IriScheme iris, Graph ontology, BatchConverter converter,
                                              List<Path> files, String fingerprint, Consumer<String> warnings,
                                              Instant now) throws IOException {
        clearFingerprint();
        BatchConverter.BatchReport report = Txn.calculateWrite(dataset, () -> {
            Map<Node, Node[]> before = documentVersions(iris);
            dataset.clear();
            ontology.find().forEachRemaining(t -> dataset.add(iris.ontologyGraph(), t.getSubject(),
                    t.getPredicate(), t.getObject()));
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            BatchConverter.BatchReport converted = converter.convertAll(files, sink, warnings);
            recordChanges(iris, before, now);
            return converted;
        });
        if (directory.isPresent()) {
            Files.writeString(directory.get().resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        }
        return report;
    }

    /** Each document's checksum and when it last changed, as the store recorded them. */
    private Map<Node, Node[]> documentVersions(IriScheme iris) {
        Map<Node, Node[]> versions = new HashMap<>();
        dataset.find(iris.storeGraph(), Node.ANY, DCTerms.modified.asNode(), Node.ANY).forEachRemaining(q -> {
            var sha = dataset.find(iris.storeGraph(), q.getSubject(), SC.sha256.asNode(), Node.ANY);
            if (sha.hasNext()) {
                versions.put(q.getSubject(), new Node[] {sha.next().getObject(), q.getObject()});
            }
        });
        return versions;
    }

    /**
     * Notes in the store graph when each document last changed: the time it had if its checksum
     * is the same as before, else {@code now}; and the store's own modification time, the latest.
     */
    private void recordChanges(IriScheme iris, Map<Node, Node[]> before, Instant now) {
        Node nowLiteral = NodeFactory.createLiteralDT(now.truncatedTo(ChronoUnit.SECONDS).toString(),
                XSDDatatype.XSDdateTime);
        List<Quad> documents = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, SC.sha256.asNode(), Node.ANY).forEachRemaining(documents::add);
        Node latest = null;
        for (Quad doc : documents) {
            Node[] old = before.get(doc.getSubject());
            Node modified = old != null && old[0].equals(doc.getObject()) ? old[1] : nowLiteral;
            dataset.add(iris.storeGraph(), doc.getSubject(), SC.sha256.asNode(), doc.getObject());
            dataset.add(iris.storeGraph(), doc.getSubject(), DCTerms.modified.asNode(), modified);
            latest = latest == null || later(modified, latest) ? modified : latest;
        }
        boolean removed = before.keySet().stream().anyMatch(d -> documents.stream().noneMatch(q -> q.getSubject().equals(d)));
        dataset.add(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(),
                latest == null || removed ? nowLiteral : latest);
    }

    private static boolean later(Node a, Node b) {
        return a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()) > 0;
    }

    /** When the store's contents last changed, as recorded at the last rebuild. */
    public Optional<Instant> lastModified(IriScheme iris) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(iris.storeGraph(), iris.storeGraph(), DCTerms.modified.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(Instant.parse(it.next().getObject().getLiteralLexicalForm()))
                    : Optional.<Instant>empty();
        });
    }

    private void clearFingerprint() throws IOException {
        if (directory.isPresent()) {
            Files.deleteIfExists(directory.get().resolve(FINGERPRINT_FILE));
        }
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

    @Override
    public void close() {
        if (directory.isPresent()) {
            // Releases the files and the lock, so another process (or test) can open the store.
            TDBInternal.expel(dataset);
        }
    }
}
