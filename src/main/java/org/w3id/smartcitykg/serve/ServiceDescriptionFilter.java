package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.smartcitykg.rdf.Prefixes;
import org.w3id.smartcitykg.rdf.Vocabularies;

/**
 * SPARQL 1.1 Service Description on a plain GET of the query endpoint (no {@code query}
 * parameter), as the recommendation asks: the endpoint, its language, result formats, features
 * and default dataset, each named graph with its size. Any other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final Map<String, String> RDF_ONLY = rdfOnly();

    private final PublishedDataset published;

    ServiceDescriptionFilter(PublishedDataset published) {
        this.published = published;
    }

    private static Map<String, String> rdfOnly() {
        Map<String, String> m = new java.util.LinkedHashMap<>(RdfResponse.FORMATS);
        m.remove("html");
        return m;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean plainGet = (req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))
                && req.getParameter("query") == null;
        if (!plainGet) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> format = Negotiation.choose(req, RDF_ONLY);
        String f = format.orElse("ttl");
        String endpoint = Requests.origin(req) + req.getRequestURI();
        Model sd = published.derived("service-description " + endpoint, () -> describe(endpoint));
        RdfResponse.writeRdf(req, resp, sd.getGraph(), sd, f, published.modified());
    }

    Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard(published.base()));
        m.setNsPrefix("formats", Vocabularies.FORMATS);
        Resource service = m.createResource(endpoint + "#service").addProperty(RDF.type, r(m, Vocabularies.SD_SERVICE))
                .addProperty(p(m, Vocabularies.SD_ENDPOINT), m.createResource(endpoint))
                .addProperty(p(m, Vocabularies.SD_SUPPORTED_LANGUAGE), r(m, Vocabularies.SD_SPARQL11_QUERY))
                .addProperty(p(m, Vocabularies.SD_FEATURE), r(m, Vocabularies.SD_UNION_DEFAULT_GRAPH))
                .addProperty(DCTerms.title, "smartcity-kg SPARQL 1.1 query service (read-only)", "en");
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG"}) {
            service.addProperty(p(m, Vocabularies.SD_RESULT_FORMAT), m.createResource(Vocabularies.FORMATS + format));
        }
        DatasetStatistics stats = published.statistics();
        Resource dataset = m.createResource(published.metadataBuilder().datasetIri())
                .addProperty(RDF.type, r(m, Vocabularies.SD_DATASET))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(p(m, Vocabularies.SD_DEFAULT_GRAPH), m.createResource()
                        .addProperty(RDF.type, r(m, Vocabularies.SD_GRAPH_CLASS))
                        .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(stats.triples()), XSDDatatype.XSDinteger)));
        // A store holds a graph per document: past a hundred, the list would be the whole answer.
        stats.namedGraphs().entrySet().stream().sorted(java.util.Comparator.comparing(
                (Map.Entry<Node, Long> e) -> !e.getKey().getURI().startsWith(published.base() + "graph/ontology")
                        && !e.getKey().getURI().startsWith(published.base() + "graph/store"))
                .thenComparing(e -> e.getKey().getURI())).limit(LISTED_GRAPHS).forEach(g -> {
            dataset.addProperty(p(m, Vocabularies.SD_NAMED_GRAPH), m.createResource()
                    .addProperty(RDF.type, r(m, Vocabularies.SD_NAMED_GRAPH_CLASS))
                    .addProperty(p(m, Vocabularies.SD_NAME), m.createResource(g.getKey().getURI()))
                    .addProperty(p(m, Vocabularies.SD_GRAPH), m.createResource()
                            .addProperty(RDF.type, r(m, Vocabularies.SD_GRAPH_CLASS))
                            .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(g.getValue()), XSDDatatype.XSDinteger))));
        });
        if (stats.namedGraphs().size() > LISTED_GRAPHS) {
            dataset.addProperty(DCTerms.description, stats.namedGraphs().size() + " named graphs, one per document; the first "
                    + LISTED_GRAPHS + " are listed here, and all of them in the dumps", "en");
        }
        service.addProperty(p(m, Vocabularies.SD_DEFAULT_DATASET), dataset);
        return m;
    }

    private static final int LISTED_GRAPHS = 100;

    private static Resource r(Model m, Node n) {
        return m.createResource(n.getURI());
    }

    private static Property p(Model m, Node n) {
        return m.createProperty(n.getURI());
    }
}
