package org.w3id.smartcitykg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;

/**
 * A store keeps four quad indexes of TDB2's six; TDB2 opened without this project's settings (as
 * Jena's tools open it) reads the layout from the store, bare Fuseki's {@code --loc} serves it, and every shape of quad
 * pattern, whichever index serves it, finds exactly what a copy of the quads in memory finds.
 */
class StoreLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aStoreBuiltFromNothingKeepsFourQuadIndexesThatTdb2AndFusekiRead() throws Exception {
        Path location = dir.resolve("store");
        KnowledgeStore store = Fixtures.seedStore(location);
        assertArrayEquals(KnowledgeStore.QUAD_INDEXES, quadIndexes(store.datasetGraph()));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.datasetGraph(), () ->
                Txn.executeWrite(copy, () -> store.datasetGraph().find().forEachRemaining(copy::add)));
        store.close();

        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            assertArrayEquals(KnowledgeStore.QUAD_INDEXES, quadIndexes(plain));
            Txn.executeRead(plain, () -> Txn.executeRead(copy, () -> everyPatternFindsTheSame(plain, copy)));
        } finally {
            TDBInternal.expel(plain);
        }
        bareFusekiServesIt(location, copy);
    }

    /** Fuseki's own command line on the folder, as a user of Fuseki would start it. */
    private static void bareFusekiServesIt(Path location, DatasetGraph copy) throws Exception {
        FusekiServer fuseki = FusekiMain.build("--loc=" + location, "--port=0", "--localhost", "/ds");
        fuseki.start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds/sparql";
            long expected = Txn.calculateRead(copy, () -> Iter.count(copy.find()));
            try (QueryExecution qe = QueryExecution.service(endpoint)
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                assertEquals(expected, qe.execSelect().next().getLiteral("n").getLong());
            }
        } finally {
            fuseki.stop();
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(location.toString()));
        }
    }

    @Test
    void aStoreMadeWithSixIndexesKeepsThemAndWhatTheyHold() throws Exception {
        Path location = dir.resolve("six");
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(location.toString());
        Quad q = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
        Txn.executeWrite(plain, () -> plain.add(q));
        String[] six = quadIndexes(plain);
        assertEquals(6, six.length);
        TDBInternal.expel(plain);

        KnowledgeStore store = KnowledgeStore.open(location);
        try {
            assertArrayEquals(six, quadIndexes(store.datasetGraph()));
            Txn.executeRead(store.datasetGraph(), () -> assertTrue(store.datasetGraph()
                    .find(q.getGraph(), Node.ANY, q.getPredicate(), q.getObject()).hasNext()));
        } finally {
            store.close();
        }
    }

    private static String[] quadIndexes(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getStoreParams().getQuadIndexes();
    }

    /** Each of the sixteen ways to leave G, S, P and O open, around quads of several graphs. */
    private static void everyPatternFindsTheSame(DatasetGraph store, DatasetGraph copy) {
        List<Quad> samples = samples(copy);
        assertTrue(samples.size() >= 20, "the seeds give quads in many graphs");
        int checked = 0;
        for (Quad q : samples) {
            for (int open = 0; open < 16; open++) {
                Node g = (open & 1) != 0 ? Node.ANY : q.getGraph();
                Node s = (open & 2) != 0 ? Node.ANY : q.getSubject();
                Node p = (open & 4) != 0 ? Node.ANY : q.getPredicate();
                Node o = (open & 8) != 0 ? Node.ANY : q.getObject();
                if (open == 15) {
                    continue;
                }
                Set<Quad> expected = new HashSet<>();
                copy.find(g, s, p, o).forEachRemaining(expected::add);
                Set<Quad> found = new HashSet<>();
                store.find(g, s, p, o).forEachRemaining(found::add);
                assertEquals(expected, found, "find(" + g + ", " + s + ", " + p + ", " + o + ")");
                assertTrue(found.contains(q));
                checked++;
            }
        }
        assertEquals(samples.size() * 15, checked);
    }

    /** The first quads of each graph, a few per graph. */
    private static List<Quad> samples(DatasetGraph copy) {
        List<Quad> samples = new ArrayList<>();
        copy.listGraphNodes().forEachRemaining(g -> {
            var it = copy.find(g, Node.ANY, Node.ANY, Node.ANY);
            for (int k = 0; k < 5 && it.hasNext(); k++) {
                samples.add(it.next());
            }
        });
        return samples;
    }
}
