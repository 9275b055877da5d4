package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.shared.PrefixMapping;

/**
 * {@code /id/…}: every IRI under the dataset's base answered here, by content negotiation, as
 * linked-data publishers do; 404 for an IRI the graph does not know.
 */
final class ResourceServlet extends HttpServlet {
    private final transient Describer describer;
    private final transient ResourcePage pages;
    private final transient LocalLinks links;
    private final transient PrefixMapping prefixes;
    private final transient PublishedDataset published;

    ResourceServlet(Describer describer, ResourcePage pages, LocalLinks links, PrefixMapping prefixes,
                    PublishedDataset published) {
        this.describer = describer;
        this.pages = pages;
        this.links = links;
        this.prefixes = prefixes;
        this.published = published;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String iri = links.iriOf(path);
        if (path.isEmpty() || !IRIs.check(iri)) {
            notFound(resp, iri);
            return;
        }
        Node node = NodeFactory.createURI(iri);
        Graph description = describer.describe(node, () -> published.metadata(Requests.origin(req)).getGraph());
        if (description.isEmpty()) {
            notFound(resp, iri);
            return;
        }
        Optional<String> format = RdfResponse.negotiate(req, resp);
        if (format.isEmpty()) {
            return;
        }
        if (format.get().equals("html")) {
            RdfResponse.sendHtml(req, resp, pages.render(node, description), published.modified());
        } else {
            RdfResponse.writeRdf(req, resp, description, prefixes, format.get(), published.modified());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private static void notFound(HttpServletResponse resp, String iri) throws IOException {
        QueryApiServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "the graph says nothing of <" + iri + ">", null);
    }
}
