package org.w3id.smartcitykg.query;

import java.util.List;
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
        ParameterBinder.Bindings bound = binder.bind(canned, own);
        Map<String, Node> bindings = bound.terms();
        Query query = withAlternatives(paged(canned.parsed(), paging), bound.alternatives());
        if (cache.isEmpty()) {
            return target.select(query, bindings);
        }
        String key = canned.name() + " " + new java.util.TreeMap<>(bindings) + " " + new java.util.TreeMap<>(bound.alternatives())
                + " " + paging.limit() + " " + paging.offset();
        return cache.get().get(key, () -> target.select(query, bindings));
    }

    /**
     * The query with a block of inline data, every form of each name, put first in its pattern
     * (on the parsed query, never pasted into its text). First, not as a trailing VALUES: ARQ
     * joins a trailing block with the whole pattern's answers, so every label of the graph would
     * be read before the forms chose among them; a leading block makes each form an index look-up.
     */
    static Query withAlternatives(Query q, Map<String, List<Node>> alternatives) {
        if (alternatives.isEmpty()) {
            return q;
        }
        List<org.apache.jena.sparql.core.Var> vars = alternatives.keySet().stream()
                .map(org.apache.jena.sparql.core.Var::alloc).toList();
        List<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.ArrayList<>();
        rows.add(org.apache.jena.sparql.engine.binding.BindingFactory.empty());
        for (var e : alternatives.entrySet()) {
            List<org.apache.jena.sparql.engine.binding.Binding> next = new java.util.ArrayList<>();
            for (var row : rows) {
                for (Node form : e.getValue()) {
                    next.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(row,
                            org.apache.jena.sparql.core.Var.alloc(e.getKey()), form));
                }
            }
            rows = next;
        }
        org.apache.jena.sparql.syntax.ElementData data = new org.apache.jena.sparql.syntax.ElementData(vars, rows);
        org.apache.jena.sparql.syntax.ElementGroup pattern = new org.apache.jena.sparql.syntax.ElementGroup();
        pattern.addElement(data);
        if (q.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup group) {
            group.getElements().forEach(pattern::addElement);
        } else {
            pattern.addElement(q.getQueryPattern());
        }
        q.setQueryPattern(pattern);
        return q;
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
