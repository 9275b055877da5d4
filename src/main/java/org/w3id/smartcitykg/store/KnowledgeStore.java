package org.w3id.smartcitykg.store;

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
        clearFingerprint();
        BatchConverter.BatchReport report = Txn.calculateWrite(dataset, () -> {
            dataset.clear();
            ontology.find().forEachRemaining(t -> dataset.add(iris.ontologyGraph(), t.getSubject(),
                    t.getPredicate(), t.getObject()));
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            return converter.convertAll(files, sink, warnings);
        });
        if (directory.isPresent()) {
            Files.writeString(directory.get().resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        }
        return report;
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
