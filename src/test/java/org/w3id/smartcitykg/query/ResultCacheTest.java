package org.w3id.smartcitykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
    @Test
    void anAnswerIsComputedOncePerVersionOfTheStoreAndReadWholeEachTime() {
        AtomicInteger computed = new AtomicInteger();
        java.util.function.Supplier<ResultSetRewindable> query = subjects(5, computed);
        AtomicReference<Object> version = new AtomicReference<>("v1");
        ResultCache cache = new ResultCache(1 << 20, version::get);
        assertEquals(5, cache.get("q", query).size());
        assertEquals(5, cache.get("q", query).size());
        assertEquals(5, cache.get("q", query).size(), "every reader gets the whole answer");
        assertEquals(1, computed.get());
        version.set("v2");
        assertEquals(5, cache.get("q", query).size());
        assertEquals(2, computed.get(), "a new version of the store is asked again");
    }

    @Test
    void anAnswerIsWrittenOncePerFormatAndTheCacheKeepsToItsWeight() {
        AtomicInteger computed = new AtomicInteger();
        java.util.function.Supplier<ResultSetRewindable> query = subjects(100, computed);
        ResultCache cache = new ResultCache(1 << 20, () -> "v1");
        byte[] json = cache.rendered("q", ResultFormat.JSON, query);
        assertTrue(new String(json, java.nio.charset.StandardCharsets.UTF_8).contains("urn:s99"));
        org.junit.jupiter.api.Assertions.assertSame(json, cache.rendered("q", ResultFormat.JSON, query),
                "the same bytes, not written again");
        assertTrue(new String(cache.rendered("q", ResultFormat.CSV, query), java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("s\r\n"));
        assertEquals(1, computed.get());
        assertTrue(cache.bytes() >= json.length, "the written forms count in the weight");

        // 100 rows of one column weigh about 6 kB: a cache of 10 kB keeps one such answer
        ResultCache small = new ResultCache(10_000, () -> "v1");
        small.get("a", query);
        small.get("b", query);
        assertTrue(small.bytes() <= 10_000, small.bytes() + " bytes kept");
        small.get("b", query);
        assertEquals(3, computed.get(), "b, the last asked, was kept");
        small.get("a", query);
        assertEquals(4, computed.get(), "a was let go to keep b within the weight");
    }

    /** A query for the {@code n} subjects of a small dataset, counting how often it runs. */
    private static java.util.function.Supplier<ResultSetRewindable> subjects(int n, AtomicInteger computed) {
        Dataset data = DatasetFactory.create();
        for (int i = 0; i < n; i++) {
            data.getDefaultModel().add(ResourceFactory.createResource("urn:s" + i), ResourceFactory.createProperty("urn:p"), "o");
        }
        return () -> {
            computed.incrementAndGet();
            try (QueryExecution qe = QueryExecution.dataset(data).query("SELECT ?s { ?s ?p ?o }").build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        };
    }
}
