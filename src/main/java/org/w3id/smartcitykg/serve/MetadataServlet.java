package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The dataset's descriptions for harvesters: VoID at {@code /.well-known/void} (RFC 5785, as the
 * VoID note asks) and the DCAT-AP record at {@code /dcat}, in every RDF format; a browser gets
 * the Turtle in a page.
 */
final class MetadataServlet extends HttpServlet {
    static final String VOID_PATH = "/.well-known/void";
    static final String DCAT_PATH = "/dcat";

    private final transient PublishedDataset published;
    private final transient BiFunction<DatasetMetadata, String, Model> view;
    private final String title;

    private MetadataServlet(PublishedDataset published, BiFunction<DatasetMetadata, String, Model> view, String title) {
        this.published = published;
        this.view = view;
        this.title = title;
    }

    static MetadataServlet voidDescription(PublishedDataset published) {
        return new MetadataServlet(published, DatasetMetadata::voidOf, "VoID description");
    }

    static MetadataServlet dcat(PublishedDataset published) {
        return new MetadataServlet(published, DatasetMetadata::dcatOf, "DCAT-AP 3.0 record");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> format = RdfResponse.negotiate(req, resp);
        if (format.isEmpty()) {
            return;
        }
        Model model = view.apply(published.metadataBuilder(), Requests.origin(req));
        if (format.get().equals("html")) {
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            RDFDataMgr.write(ttl, model, RDFFormat.TURTLE_PRETTY);
            String body = "<h1>" + Html.escape(title) + "</h1><p>As <a href=\"?format=ttl\">Turtle</a>, "
                    + "<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a>, "
                    + "<a href=\"?format=rdf\">RDF/XML</a>.</p><pre>" + Html.escape(ttl.toString(StandardCharsets.UTF_8))
                    + "</pre>";
            RdfResponse.sendHtml(req, resp, Html.page(title, "", body), published.modified());
        } else {
            RdfResponse.writeRdf(req, resp, model.getGraph(), model, format.get(), published.modified());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
