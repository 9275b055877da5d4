package org.w3id.smartcitykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * The census of a TDB2 store, read from its indexes on node ids, against the same data counted
 * the plain way: by SPARQL aggregates, and by sets over a copy of the quads in memory.
 */
class StoreCensusTest {
    private static final String BASE = IriScheme.standard().base();
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static StoreCensus fromIndexes;
    static StoreCensus inMemory;

    @BeforeAll
    static void census() throws Exception {
        store = Fixtures.seedStore(dir.resolve("store"));
        DatasetGraph tdb = store.datasetGraph();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> {
            fromIndexes = StoreCensus.of(tdb, BASE);
            Txn.executeWrite(copy, () -> tdb.find().forEachRemaining(copy::add));
        });
        inMemory = Txn.calculateRead(copy, () -> StoreCensus.of(copy, BASE));
    }

    @Test
    void indexesCountWhatTheQuadsHold() {
        assertEquals(inMemory, fromIndexes);
    }

    @Test
    void countsAreThoseOfTheUnionGraphThatQueriesSee() {
        DatasetGraph ds = store.datasetGraph();
        assertEquals(count(ds, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), fromIndexes.triples());
        assertEquals(count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), fromIndexes.distinctSubjects());
        assertEquals(count(ds, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), fromIndexes.distinctObjects());
        assertEquals(count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), fromIndexes.quads());
        assertEquals(count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER STRSTARTS(STR(?s), \""
                + BASE + "\") }"), fromIndexes.subjectsUnderBase());
        assertEquals(count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://w3id.org/smartcity-kg/ontology#City> }"),
                byLocalName(fromIndexes.classes(), "#City"));
        assertEquals(count(ds, "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"),
                byLocalName(fromIndexes.properties(), "rdf-schema#label"));
        assertTrue(fromIndexes.quads() > fromIndexes.triples(), "the store graph and the documents repeat some triples");
    }

    @Test
    void everyNamedGraphHasItsSize() {
        DatasetGraph ds = store.datasetGraph();
        assertEquals(count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                (long) fromIndexes.graphSizes().size());
        assertEquals(fromIndexes.quads(), fromIndexes.graphSizes().values().stream().mapToLong(Long::longValue).sum());
    }

    private static long byLocalName(Map<Node, Long> counts, String suffix) {
        return counts.entrySet().stream().filter(e -> e.getKey().getURI().endsWith(suffix)).findFirst()
                .orElseThrow().getValue();
    }

    private static long count(DatasetGraph ds, String sparql) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
