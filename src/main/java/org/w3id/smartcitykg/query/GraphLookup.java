package org.w3id.smartcitykg.query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Looks parameter values up in the graph a query runs on, by fixed queries with the value bound as
 * a term; city names go through the gazetteer first ({@code cityNames}), which knows every form.
 */
public final class GraphLookup implements TermLookup {
    /** Things of a class with one of the forms of a name (bound as VALUES): index look-ups only. */
    private static final Query LABELLED_EXACTLY = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?thing WHERE {
              ?thing rdfs:label|skos:altLabel ?name .
              ?thing a ?class .
            } ORDER BY ?thing LIMIT 10""");
    /** The same with capitals ignored anywhere: reads every label, so only when the forms find nothing. */
    private static final Query LABELLED = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?thing WHERE {
              ?thing a ?class ; rdfs:label|skos:altLabel ?name .
              FILTER (LCASE(STR(?name)) = LCASE(STR(?label)))
            } ORDER BY ?thing LIMIT 10""");
    private static final Query KNOWN = QueryFactory.create("SELECT ?p WHERE { ?thing ?p ?o } LIMIT 1");

    private final QueryTarget target;
    private final Function<String, List<Node>> cityNames;

    public GraphLookup(QueryTarget target, Function<String, List<Node>> cityNames) {
        this.target = target;
        this.cityNames = cityNames;
    }

    @Override
    public List<Node> cities(String name) {
        return cityNames.apply(name);
    }

    @Override
    public List<Node> labelled(Node rdfClass, String label) {
        Query exactly = CannedQueryRunner.withAlternatives(LABELLED_EXACTLY.cloneQuery(),
                Map.of("name", NameForms.of(label)));
        List<Node> found = things(target.select(exactly, Map.of("class", rdfClass)));
        if (!found.isEmpty()) {
            return found;
        }
        return things(target.select(LABELLED, Map.of("class", rdfClass, "label", NodeFactory.createLiteralString(label))));
    }

    private static List<Node> things(ResultSetRewindable rows) {
        List<Node> found = new java.util.ArrayList<>();
        rows.forEachRemaining(row -> found.add(row.get("thing").asNode()));
        return found;
    }

    @Override
    public boolean known(Node iri) {
        return target.select(KNOWN, Map.of("thing", iri)).hasNext();
    }
}
