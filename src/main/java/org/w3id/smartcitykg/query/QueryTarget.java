package org.w3id.smartcitykg.query;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/** Where a query runs: a local store, or any SPARQL endpoint over HTTP. */
public interface QueryTarget {
    /** Runs a SELECT with {@code bindings} substituted into the parsed query. */
    ResultSetRewindable select(Query query, Map<String, Node> bindings);

    static QueryTarget local(Dataset dataset, long timeoutSeconds) {
        return local(dataset, java.time.Duration.ofSeconds(timeoutSeconds));
    }

    static QueryTarget local(Dataset dataset, java.time.Duration timeout) {
        return (query, bindings) -> Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach((var, node) -> builder.substitution(var, asRdfNode(node)));
            try (QueryExecution qe = builder.build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    static QueryTarget endpoint(String url, long timeoutSeconds) {
        return (query, bindings) -> {
            var builder = QueryExecutionHTTP.service(url).query(query).timeout(timeoutSeconds, TimeUnit.SECONDS);
            bindings.forEach((var, node) -> builder.substitution(var, asRdfNode(node)));
            try (QueryExecution qe = builder.build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        };
    }

    private static org.apache.jena.rdf.model.RDFNode asRdfNode(Node node) {
        return ModelFactory.createDefaultModel().asRDFNode(node);
    }
}
