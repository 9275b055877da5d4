package org.w3id.smartcitykg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.smartcitykg.vocab.SC;
import org.w3id.smartcitykg.store.StoreCensus;

/**
 * The counts a dataset description states (VoID, DCAT-AP, the home page), read once from the
 * store, which does not change while it is served.
 */
record DatasetStatistics(long triples, long quads, long entities, long distinctSubjects, long distinctObjects,
                         Map<Node, Long> classPartitions, Map<Node, Long> propertyPartitions,
                         Map<String, Long> linksets, List<Node> countries, List<Node> languages,
                         Optional<String> firstDate, Optional<String> lastDate, List<Node> examples,
                         long documents, Map<Node, Long> namedGraphs) {

    static final String CORE_CLASSES = "sc:City sc:Project sc:Partner sc:FundingProgramme sc:Meeting sc:Person";
    private static final String PREFIXES = """
            PREFIX sc: <https://w3id.org/smartcity-kg/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    static DatasetStatistics of(DatasetGraph dataset, String base) {
        return Txn.calculateRead(dataset, () -> read(dataset, base));
    }

    private static DatasetStatistics read(DatasetGraph ds, String base) {
        StoreCensus census = StoreCensus.of(ds, base);
        Map<String, Long> links = new LinkedHashMap<>();
        links.put("geonames", count(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o FILTER STRSTARTS(STR(?o), \"https://sws.geonames.org/\") }"));
        links.put("countries", count(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?s sc:country ?o }"));
        links.put("programmes", count(ds, "SELECT (COUNT(*) AS ?n) WHERE { ?s skos:exactMatch ?o FILTER STRSTARTS(STR(?o), \"http://publications.europa.eu/resource/authority/eu-programme/\") }"));
        List<Node> examples = new ArrayList<>();
        for (String c : List.of("sc:City", "sc:Project", "sc:Partner")) {
            rows(ds, "SELECT ?s WHERE { ?s a " + c + " } ORDER BY ?s LIMIT 1").forEach(r -> examples.add(r.getResource("s").asNode()));
        }
        List<String> dates = new ArrayList<>();
        rows(ds, "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { { ?m sc:startDate ?d } UNION { ?m sc:endDate ?d } "
                + "UNION { ?doc dct:issued ?d } }").forEach(r -> {
                    if (r.contains("first")) {
                        dates.add(r.getLiteral("first").getLexicalForm());
                        dates.add(r.getLiteral("last").getLexicalForm());
                    }
                });
        return new DatasetStatistics(census.triples(), census.quads(), census.subjectsUnderBase(),
                census.distinctSubjects(), census.distinctObjects(), census.classes(), census.properties(), links,
                nodes(ds, "SELECT DISTINCT ?x WHERE { ?s sc:country ?x } ORDER BY ?x"),
                nodes(ds, "SELECT DISTINCT ?x WHERE { ?d a sc:NewsDocument ; dct:language ?x } ORDER BY ?x"),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(1)),
                examples,
                census.classes().getOrDefault(SC.NewsDocument.asNode(), 0L),
                census.graphSizes());
    }

    /** Entities of the six core classes, for the home page. */
    Map<String, Long> coreCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String c : CORE_CLASSES.split(" ")) {
            String local = c.substring(3);
            out.put(local, classPartitions.entrySet().stream().filter(e -> e.getKey().getURI().endsWith("#" + local))
                    .map(Map.Entry::getValue).findFirst().orElse(0L));
        }
        return out;
    }

    // The queries here are constants of this class: no value from a request is ever part of them.
    private static List<QuerySolution> rows(DatasetGraph ds, String sparql) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(q).build()) {
            List<QuerySolution> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    private static long count(DatasetGraph ds, String sparql) {
        return rows(ds, sparql).stream().findFirst().map(r -> r.getLiteral("n").getLong()).orElse(0L);
    }

    private static List<Node> nodes(DatasetGraph ds, String sparql) {
        return rows(ds, sparql).stream().map(r -> r.get("x").asNode()).toList();
    }
}
