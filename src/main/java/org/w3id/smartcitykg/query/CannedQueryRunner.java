package org.w3id.smartcitykg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.PatternVars;

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

    /**
     * Runs, and so caches, what visitors ask first: every query that takes no value, then each
     * query whose only needed value is a country, for the countries the graph knows most things
     * in. Aggregates over a large graph take seconds to compute and milliseconds to serve. It ends
     * early, between two queries, once {@code stopping} says so.
     */
    public void warmUp(java.util.function.BooleanSupplier stopping) {
        List<CannedQuery> byCountry = new ArrayList<>();
        for (CannedQuery canned : catalogue.all()) {
            // Not a query whose values are all optional, asked without them: over a large graph
            // that is every pair, every meeting, every partner, which no visitor waits for.
            if (canned.parameters().isEmpty()) {
                warm(canned, Map.of(), stopping);
            }
            if (canned.parameters().stream().anyMatch(p -> p.type().equals(COUNTRY))
                    && canned.parameters().stream().filter(QueryParameter::required).allMatch(p -> p.type().equals(COUNTRY))) {
                byCountry.add(canned);
            }
        }
        if (byCountry.isEmpty()) {
            return;
        }
        for (String country : commonCountries()) {
            for (CannedQuery canned : byCountry) {
                Map<String, String> values = new java.util.HashMap<>();
                canned.parameters().stream().filter(p -> p.type().equals(COUNTRY))
                        .forEach(p -> values.put(p.name(), country));
                warm(canned, values, stopping);
            }
        }
    }

    private static final String COUNTRY = "country";

    /** How many countries the warm-up computes answers for: the most frequent in the graph. */
    static final int COUNTRIES_WARMED = 30;

    private static final Query COMMON_COUNTRIES = org.apache.jena.query.QueryFactory.create("""
            SELECT ?country (COUNT(*) AS ?things)
            WHERE { ?thing ?countryCode ?country }
            GROUP BY ?country
            ORDER BY DESC(?things) ?country
            """);

    private List<String> commonCountries() {
        List<String> countries = new ArrayList<>();
        try {
            Query q = COMMON_COUNTRIES.cloneQuery();
            q.setLimit(COUNTRIES_WARMED);
            ResultSetRewindable rows = target.select(q, Map.of("countryCode", org.w3id.smartcitykg.vocab.SC.countryCode.asNode()));
            rows.forEachRemaining(row -> {
                var code = row.get("country");
                if (code != null && code.isLiteral()) {
                    countries.add(code.asLiteral().getLexicalForm());
                }
            });
        } catch (RuntimeException e) {
            // no countries to warm: the store is being replaced, or the query ran out of time
        }
        return countries;
    }

    private void warm(CannedQuery canned, Map<String, String> values, java.util.function.BooleanSupplier stopping) {
        if (stopping.getAsBoolean()) {
            return;
        }
        try {
            run(canned, values);
        } catch (ParameterException | RuntimeException e) {
            // a query that cannot run with these values is simply not warmed
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
        Prepared prepared = prepare(canned, values);
        if (cache.isEmpty()) {
            return prepared.execute();
        }
        return cache.get().get(prepared.key(), prepared::execute);
    }

    /**
     * The answer written in {@code format}: from the cache when this version of the store gave it
     * before, so that a popular answer is written once, not at every request.
     */
    public byte[] render(CannedQuery canned, Map<String, String> values, ResultFormat format) throws ParameterException {
        Prepared prepared = prepare(canned, values);
        if (cache.isEmpty()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            format.write(prepared.execute(), out);
            return out.toByteArray();
        }
        return cache.get().rendered(prepared.key(), format, prepared::execute);
    }

    /** A canned query with its values bound and its page cut, ready to run, and its cache key. */
    private record Prepared(String key, Query query, Map<String, Node> bindings, QueryTarget target) {
        ResultSetRewindable execute() {
            return target.select(query, bindings);
        }
    }

    private Prepared prepare(CannedQuery canned, Map<String, String> values) throws ParameterException {
        Map<String, String> own = Paging.copyOf(values);
        Paging paging = Paging.take(own, limits);
        ParameterBinder.Bindings bound = binder.bind(canned, own);
        Map<String, Node> bindings = bound.terms();
        Query query = withAlternatives(paged(canned, paging), bound.alternatives());
        String key = canned.name() + " " + new java.util.TreeMap<>(bindings) + " " + new java.util.TreeMap<>(bound.alternatives())
                + " " + paging.limit() + " " + paging.offset();
        return new Prepared(key, query, bindings, target);
    }

    /**
     * The query with a block of inline data, every form of each name, put first in the pattern
     * that uses the names (on the parsed query, never pasted into its text): the query's own, or
     * the sub-select it opens with when the names are that sub-select's. First, not as a trailing
     * VALUES: ARQ joins a trailing block with the whole pattern's answers, so every label of the
     * graph would be read before the forms chose among them; a leading block makes each form an
     * index look-up.
     */
    static Query withAlternatives(Query q, Map<String, List<Node>> alternatives) {
        if (alternatives.isEmpty()) {
            return q;
        }
        List<Var> vars = alternatives.keySet().stream().map(Var::alloc).toList();
        Optional<ElementSubQuery> inner = firstSubquery(q)
                .filter(sub -> PatternVars.vars(sub.getQuery().getQueryPattern()).containsAll(vars));
        if (inner.isPresent()) {
            // a copy, as the sub-select may still be the catalogue's own
            Query copy = withAlternatives(inner.get().getQuery().cloneQuery(), alternatives);
            ((ElementGroup) q.getQueryPattern()).getElements().set(0, new ElementSubQuery(copy));
            return q;
        }
        List<Binding> rows = new ArrayList<>();
        rows.add(BindingFactory.empty());
        for (var e : alternatives.entrySet()) {
            List<Binding> next = new ArrayList<>();
            for (var row : rows) {
                for (Node form : e.getValue()) {
                    next.add(BindingFactory.binding(row, Var.alloc(e.getKey()), form));
                }
            }
            rows = next;
        }
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(vars, rows));
        if (q.getQueryPattern() instanceof ElementGroup group) {
            group.getElements().forEach(pattern::addElement);
        } else {
            pattern.addElement(q.getQueryPattern());
        }
        q.setQueryPattern(pattern);
        return q;
    }

    /** The sub-select a query's pattern opens with, if it opens with one. */
    static Optional<ElementSubQuery> firstSubquery(Query q) {
        if (q.getQueryPattern() instanceof ElementGroup group && !group.isEmpty()
                && group.get(0) instanceof ElementSubQuery sub) {
            return Optional.of(sub);
        }
        return Optional.empty();
    }

    /**
     * The query with the page applied (to its opening sub-select when the query says so, see
     * {@link CannedQuery}); a LIMIT of its own still holds when smaller. The query is a copy,
     * sub-select included, so the catalogue's parsed query is never changed.
     */
    static Query paged(CannedQuery canned, Paging paging) {
        Query q = canned.parsed().cloneQuery();
        if (canned.pagedInSubquery()) {
            ElementSubQuery sub = firstSubquery(q).orElseThrow();
            Query inner = sub.getQuery().cloneQuery();
            page(inner, paging);
            ElementGroup pattern = (ElementGroup) q.getQueryPattern();
            pattern.getElements().set(0, new ElementSubQuery(inner));
            // the outer query gives one row per row of the sub-select: the page holds already
            q.setLimit(paging.limit());
            return q;
        }
        page(q, paging);
        return q;
    }

    private static void page(Query q, Paging paging) {
        long limit = q.hasLimit() ? Math.min(q.getLimit(), paging.limit()) : paging.limit();
        q.setLimit(limit);
        if (paging.offset() > 0) {
            q.setOffset(paging.offset() + (q.hasOffset() ? q.getOffset() : 0));
        }
    }
}
