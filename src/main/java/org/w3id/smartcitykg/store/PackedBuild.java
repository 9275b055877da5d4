package org.w3id.smartcitykg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * Fills a new, empty TDB2 database from a stream of quads the way Jena's {@code tdb2.xloader}
 * does, in one process and one pass: each node gets its id as it first appears
 * ({@link NodeTableWriter}), each quad becomes a tuple of ids gathered into sorted runs
 * ({@link TupleRuns}), and at the end every index is written bottom-up from its merged runs
 * ({@link PackedIndex}), the indexes side by side on the machine's cores. No index is searched
 * or updated block by block on the way, so the build reads and writes its files front to back
 * and its memory is the node table's 24 bytes a distinct node plus two fixed blocks of tuples,
 * whatever the size of the corpus.
 * <p>
 * The database must not be open while it is filled: the files are written under TDB2, and read
 * by it at the next connection.
 */
final class PackedBuild implements AutoCloseable {
    /** Tuples per sorted run: two blocks of 2 Mi quads are 128 MiB. */
    private static final int QUADS_PER_RUN = 1 << 21;
    private static final int TRIPLES_PER_RUN = 1 << 16;
    /** Nodes repeat within a document (its graph, its subjects, the predicates): looked up once. */
    private static final int RECENT_NODES = 1 << 12;

    private final Path storage;
    private final Path scratch;
    private final List<String> quadIndexes;
    private final List<String> tripleIndexes;
    private final int triplesPerRun;
    private final NodeTableWriter nodes;
    private final TupleRuns quads;
    private TupleRuns triples;
    private final Map<Node, Long> recent = new HashMap<>();
    private final long[] quad = new long[4];
    private final long[] triple = new long[3];

    /**
     * @param storage a new database's storage folder ({@code Data-0001}), as TDB2 created it
     * @param quadIndexes and {@code tripleIndexes}: the indexes the database has, by name
     */
    PackedBuild(Path storage, List<String> quadIndexes, List<String> tripleIndexes) throws IOException {
        this(storage, quadIndexes, tripleIndexes, QUADS_PER_RUN, TRIPLES_PER_RUN);
    }

    PackedBuild(Path storage, List<String> quadIndexes, List<String> tripleIndexes, int quadsPerRun, int triplesPerRun)
            throws IOException {
        this.storage = storage;
        this.triplesPerRun = triplesPerRun;
        this.scratch = storage.resolve("packed-build.tmp");
        this.quadIndexes = List.copyOf(quadIndexes);
        this.tripleIndexes = List.copyOf(tripleIndexes);
        this.nodes = new NodeTableWriter(storage);
        this.quads = new TupleRuns(scratch.resolve("quads"), Names.primaryIndexQuads, quadIndexes, quadsPerRun);
    }

    void add(Quad q) throws IOException {
        if (q.isDefaultGraph()) {
            triple[0] = id(q.getSubject());
            triple[1] = id(q.getPredicate());
            triple[2] = id(q.getObject());
            triples().add(triple);
        } else {
            quad[0] = id(q.getGraph());
            quad[1] = id(q.getSubject());
            quad[2] = id(q.getPredicate());
            quad[3] = id(q.getObject());
            quads.add(quad);
        }
    }

    /** Quads (and triples) added so far, repeats included. */
    long added() {
        return quads.added() + (triples == null ? 0 : triples.added());
    }

    private TupleRuns triples() throws IOException {
        if (triples == null) {
            triples = new TupleRuns(scratch.resolve("triples"), Names.primaryIndexTriples, tripleIndexes,
                    triplesPerRun);
        }
        return triples;
    }

    private long id(Node node) {
        Long known = recent.get(node);
        if (known != null) {
            return known;
        }
        if (recent.size() >= RECENT_NODES) {
            recent.clear();
        }
        long id = nodes.id(node);
        recent.put(node, id);
        return id;
    }

    /** Writes the node table and every index; the database is complete when this returns. */
    void finish() throws IOException {
        quads.finish();
        if (triples != null) {
            triples.finish();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "packed-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> writes = new ArrayList<>();
            writes.add(pool.submit(() -> {
                nodes.finish();
                return null;
            }));
            for (String index : quadIndexes) {
                writes.add(pool.submit(() -> writeIndex(quads, index)));
            }
            if (triples != null) {
                for (String index : tripleIndexes) {
                    writes.add(pool.submit(() -> writeIndex(triples, index)));
                }
            }
            for (Future<Void> write : writes) {
                await(write);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Void writeIndex(TupleRuns runs, String index) throws IOException {
        if (runs.added() == 0) {
            return null; // the empty tree TDB2 made stays
        }
        RecordFactory records = new RecordFactory(SystemTDB.SizeOfNodeId * index.length(), 0);
        PackedIndex.write(storage, index, records, runs.records(index, records));
        return null;
    }

    private static void await(Future<Void> write) throws IOException {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the indexes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Drops the sorted runs; an unfinished database is left for its owner to delete. */
    @Override
    public void close() throws IOException {
        try {
            nodes.close();
        } finally {
            quads.close();
            if (triples != null) {
                triples.close();
            }
            FileTrees.delete(scratch);
        }
    }
}
