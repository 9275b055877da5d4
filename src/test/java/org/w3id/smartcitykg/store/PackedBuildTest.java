package org.w3id.smartcitykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written bottom-up holds exactly the quads given, repeats once, and TDB2 reads it
 * through every index: all six quad orders and the three triple orders, each merged from many
 * sorted runs; nodes of every kind (IRIs, blank nodes, strings with and without language, values
 * TDB2 keeps inline and values it does not, such as integers beyond 64 bits); and it takes
 * ordinary transactions afterwards.
 */
class PackedBuildTest {
    @TempDir
    Path dir;

    @Test
    void everyIndexOfAPackedDatabaseFindsWhatWasGivenAndItTakesUpdatesAfter() throws Exception {
        List<Quad> given = quads(new Random(7), 3_000);
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> given.forEach(copy::add));

        Path location = dir.resolve("db");
        DatasetGraph empty = DatabaseMgr.connectDatasetGraph(location.toString());
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(empty);
        Path storage = Path.of(tdb.getLocation().getDirectoryPath());
        StoreParams params = tdb.getStoreParams();
        TDBInternal.expel(empty);
        // a few dozen tuples a run: every index is merged from many runs
        try (PackedBuild build = new PackedBuild(storage, Arrays.asList(params.getQuadIndexes()),
                Arrays.asList(params.getTripleIndexes()), 37, 5)) {
            for (Quad q : given) {
                build.add(q);
            }
            assertEquals(given.size(), build.added());
            build.finish();
        }
        assertFalse(Files.exists(storage.resolve("packed-build.tmp")), "the sorted runs are gone");

        DatasetGraph packed = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            Txn.executeRead(packed, () -> Txn.executeRead(copy, () -> {
                assertEquals(all(copy), all(packed));
                everyPatternFindsTheSame(packed, copy, given.subList(0, 120));
            }));
            Quad added = Quad.create(uri("g1"), uri("new"), uri("p1"), NodeFactory.createLiteralString("after"));
            Quad removed = given.get(0);
            Txn.executeWrite(packed, () -> {
                packed.add(added);
                packed.delete(removed);
            });
            Txn.executeWrite(copy, () -> {
                copy.add(added);
                copy.delete(removed);
            });
        } finally {
            TDBInternal.expel(packed);
        }
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            Txn.executeRead(reopened, () -> Txn.executeRead(copy, () -> {
                assertEquals(all(copy), all(reopened));
                everyPatternFindsTheSame(reopened, copy, given.subList(1, 60));
            }));
        } finally {
            TDBInternal.expel(reopened);
        }
    }

    /** Quads over a small vocabulary, so that nodes and whole quads repeat; a tenth in the default graph. */
    private static List<Quad> quads(Random random, int count) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node g = random.nextInt(10) == 0 ? Quad.defaultGraphIRI : uri("g" + random.nextInt(4));
            Node s = random.nextInt(8) == 0 ? NodeFactory.createBlankNode("b" + random.nextInt(20))
                    : uri("s" + random.nextInt(60));
            // in canonical form, as the store is given them: TDB2 returns an inline value canonical
            Node o = CanonicalizeLiteral.get().apply(object(random));
            quads.add(Quad.create(g, s, uri("p" + random.nextInt(9)), o));
        }
        return quads;
    }

    private static Node object(Random random) {
        int n = random.nextInt(200);
        return switch (random.nextInt(9)) {
            case 0 -> uri("o" + n);
            case 1 -> NodeFactory.createLiteralString("text " + n);
            case 2 -> NodeFactory.createLiteralLang("tekst " + n, random.nextBoolean() ? "pl" : "ro");
            case 3 -> NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
            case 4 -> NodeFactory.createLiteralDT("1" + "0".repeat(30) + n, XSDDatatype.XSDinteger);
            case 5 -> NodeFactory.createLiteralDT("2026-12-" + (10 + n % 18) + "T10:00:00Z", XSDDatatype.XSDdateTime);
            case 6 -> NodeFactory.createLiteralDT(n + ".5", XSDDatatype.XSDdecimal);
            case 7 -> NodeFactory.createLiteralDT(random.nextBoolean() ? "true" : "false", XSDDatatype.XSDboolean);
            default -> NodeFactory.createLiteralDT("0.25E" + n % 7, XSDDatatype.XSDdouble);
        };
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Set<Quad> all(DatasetGraph dsg) {
        Set<Quad> all = new HashSet<>();
        dsg.find().forEachRemaining(q -> all.add(normal(q)));
        return all;
    }

    /** The default graph under one name, whichever name the dataset reports it by. */
    private static Quad normal(Quad q) {
        return q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q;
    }

    /** The fifteen ways to leave some of G, S, P and O open, around each sample quad. */
    private static void everyPatternFindsTheSame(DatasetGraph store, DatasetGraph copy, List<Quad> samples) {
        for (Quad sample : samples) {
            Quad q = normal(sample);
            for (int open = 0; open < 15; open++) {
                Node g = (open & 1) != 0 ? Node.ANY : q.getGraph();
                Node s = (open & 2) != 0 ? Node.ANY : q.getSubject();
                Node p = (open & 4) != 0 ? Node.ANY : q.getPredicate();
                Node o = (open & 8) != 0 ? Node.ANY : q.getObject();
                Set<Quad> expected = new HashSet<>();
                copy.find(g, s, p, o).forEachRemaining(x -> expected.add(normal(x)));
                Set<Quad> found = new HashSet<>();
                store.find(g, s, p, o).forEachRemaining(x -> found.add(normal(x)));
                assertEquals(expected, found, "find(" + g + ", " + s + ", " + p + ", " + o + ")");
                assertTrue(found.contains(q) || g == Node.ANY && q.isDefaultGraph(),
                        "find(" + g + ", " + s + ", " + p + ", " + o + ") holds " + q);
            }
        }
    }
}
