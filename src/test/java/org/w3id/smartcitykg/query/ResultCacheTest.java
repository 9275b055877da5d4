package org.w3id.smartcitykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        Dataset data = DatasetFactory.create();
        for (int i = 0; i < 5; i++) {
            data.getDefaultModel().add(ResourceFactory.createResource("urn:s" + i), ResourceFactory.createProperty("urn:p"), "o");
        }
        AtomicInteger computed = new AtomicInteger();
        AtomicReference<Object> version = new AtomicReference<>("v1");
        ResultCache cache = new ResultCache(10, version::get);
        java.util.function.Supplier<ResultSetRewindable> query = () -> {
            computed.incrementAndGet();
            try (QueryExecution qe = QueryExecution.dataset(data).query("SELECT ?s { ?s ?p ?o }").build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        };
        assertEquals(5, cache.get("q", query).size());
        assertEquals(5, cache.get("q", query).size());
        assertEquals(5, cache.get("q", query).size(), "every reader gets the whole answer");
        assertEquals(1, computed.get());
        version.set("v2");
        assertEquals(5, cache.get("q", query).size());
        assertEquals(2, computed.get(), "a new version of the store is asked again");
    }
}
