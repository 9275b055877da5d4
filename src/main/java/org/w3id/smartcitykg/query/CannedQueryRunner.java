package org.w3id.smartcitykg.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Runs canned queries by name, for the command line and the web API alike: values bound as RDF
 * terms of their declared types, the page cut by {@code limit} and {@code offset} on the parsed
 * query, the target's timeout applying.
 */
public final class CannedQueryRunner {
    private final QueryCatalogue catalogue;
    private final QueryTarget target;
    private final ParameterBinder binder;
    private final Paging.Limits limits;
    private final java.util.Optional<ResultCache> cache;

    public CannedQueryRunner(QueryCatalogue catalogue, QueryTarget target, TermLookup lookup, Paging.Limits limits) {
        this(catalogue, target, lookup, limits, null);
    }

    /** As above, keeping answers in {@code cache} (none when null). */
    public CannedQueryRunner(QueryCatalogue catalogue, QueryTarget target, TermLookup lookup, Paging.Limits limits,
                             ResultCache cache) {
        this.catalogue = catalogue;
        this.target = target;
        this.binder = new ParameterBinder(lookup);
        this.limits = limits;
        this.cache = java.util.Optional.ofNullable(cache);
    }

    /** Runs, and so caches, every query that needs no parameter: what a home page shows first. */
    public void warmUp() {
        for (CannedQuery canned : catalogue.all()) {
            if (canned.parameters().stream().noneMatch(QueryParameter::required)) {
                try {
                    run(canned, Map.of());
                } catch (ParameterException | RuntimeException e) {
                    // a query that cannot run without values is simply not warmed
                }
            }
        }
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public Paging.Limits limits() {
        return limits;
    }

    public ResultSetRewindable run(String name, Map<String, String> values)
            throws UnknownQueryException, ParameterException {
        CannedQuery canned = catalogue.get(name).orElseThrow(() -> new UnknownQueryException(name));
        return run(canned, values);
    }

    public ResultSetRewindable run(CannedQuery canned, Map<String, String> values) throws ParameterException {
        Map<String, String> own = Paging.copyOf(values);
        Paging paging = Paging.take(own, limits);
        Map<String, Node> bindings = binder.bind(canned, own);
        Query query = paged(canned.parsed(), paging);
        if (cache.isEmpty()) {
            return target.select(query, bindings);
        }
        String key = canned.name() + " " + new java.util.TreeMap<>(bindings) + " " + paging.limit() + " " + paging.offset();
        return cache.get().get(key, () -> target.select(query, bindings));
    }

    /** The query with the page applied; a LIMIT of its own still holds when smaller. */
    static Query paged(Query parsed, Paging paging) {
        Query q = parsed.cloneQuery();
        long limit = q.hasLimit() ? Math.min(q.getLimit(), paging.limit()) : paging.limit();
        q.setLimit(limit);
        if (paging.offset() > 0) {
            q.setOffset(paging.offset() + (q.hasOffset() ? q.getOffset() : 0));
        }
        return q;
    }
}
