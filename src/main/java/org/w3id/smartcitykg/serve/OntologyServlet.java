package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;

/** {@code /ontology}: the smart-city ontology, in every RDF format and as a documented page. */
final class OntologyServlet extends HttpServlet {
    /** Read and rendered on first request: the server answers SPARQL sooner, and most never ask for it. */
    private final transient Supplier<Graph> source;
    private transient volatile Graph ontology;
    private transient volatile String page;
    private final transient PrefixMapping prefixes;
    private final transient Instant modified;

    OntologyServlet(Supplier<Graph> ontology, PrefixMapping prefixes, Instant modified) {
        this.source = ontology;
        this.prefixes = prefixes;
        this.modified = modified;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> format = RdfResponse.negotiate(req, resp);
        if (format.isEmpty()) {
            return;
        }
        if (format.get().equals("html")) {
            RdfResponse.sendHtml(req, resp, page(), modified);
        } else {
            RdfResponse.writeRdf(req, resp, copy(), prefixes, format.get(), modified);
        }
    }

    private String page() {
        String p = page;
        if (p == null) {
            p = OntologyPage.render(ontology());
            page = p;
        }
        return p;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Graph copy() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ontology().find().forEachRemaining(g::add);
        return g;
    }

    private Graph ontology() {
        Graph g = ontology;
        if (g == null) {
            g = source.get();
            ontology = g;
        }
        return g;
    }
}
