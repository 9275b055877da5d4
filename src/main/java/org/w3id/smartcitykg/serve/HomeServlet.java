package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.w3id.smartcitykg.query.QueryCatalogue;

/**
 * {@code /}: what the dataset is, how much of each kind it holds, the way to every city and
 * project page, links to the descriptions a harvester wants, the canned queries with their
 * forms, and a SPARQL editor on the endpoint with example queries.
 */
final class HomeServlet extends HttpServlet {
    private static final int LISTED = 60;
    private static final String PREFIXES = "PREFIX sc: <https://w3id.org/smartcity-kg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** Example queries preloaded in the editor: a title and the SPARQL. */
    static final List<String[]> EXAMPLES = List.of(
            new String[] {"Projects and their cities", PREFIXES
                    + "SELECT ?project ?projectName ?city ?cityName WHERE {\n  ?project a sc:Project ; rdfs:label ?projectName ;\n"
                    + "           sc:implementedIn ?city .\n  ?city rdfs:label ?cityName .\n} ORDER BY ?projectName LIMIT 100"},
            new String[] {"Meetings by date", PREFIXES
                    + "SELECT ?meeting ?name ?start ?end WHERE {\n  ?meeting a sc:Meeting ; rdfs:label ?name ; sc:startDate ?start .\n"
                    + "  OPTIONAL { ?meeting sc:endDate ?end }\n} ORDER BY ?start"},
            new String[] {"Lead partners", PREFIXES
                    + "SELECT ?projectName ?partnerName WHERE {\n  ?project sc:leadPartner ?partner ; rdfs:label ?projectName .\n"
                    + "  ?partner rdfs:label ?partnerName .\n}"},
            new String[] {"Why does the graph say this?", PREFIXES
                    + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                    + "SELECT ?subject ?property ?object ?quote WHERE {\n  ?e rdf:subject ?subject ; rdf:predicate ?property ;\n"
                    + "     rdf:object ?object ; sc:span/sc:anchorOf ?quote .\n} LIMIT 50"});

    private final transient PublishedDataset published;
    private final transient QueryCatalogue catalogue;
    private final transient ResultPages pages;
    private final transient LocalLinks links;

    HomeServlet(PublishedDataset published, QueryCatalogue catalogue, ResultPages pages, LocalLinks links) {
        this.published = published;
        this.catalogue = catalogue;
        this.pages = pages;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.isEmpty()) {
            QueryApiServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "nothing at " + path, null);
            return;
        }
        RdfResponse.sendHtml(req, resp, published.derived("home-page", this::page), published.modified());
    }

    private String page() {
        DatasetStatistics stats = published.statistics();
        StringBuilder b = new StringBuilder("<h1>Smart-city projects in European news</h1>")
                .append("<p>Cities, projects, partner organisations, funding programmes, meetings and people read from ")
                .append("municipal and EU-project news in European languages. Every fact links to the quoted text that ")
                .append("supports it. ").append(stats.documents()).append(" documents, ").append(stats.triples())
                .append(" triples; last changed ").append(Html.escape(published.modified().toString())).append(".</p>");
        b.append("<h2>What it holds</h2><table id=\"counts\"><tr><th>class</th><th>things</th></tr>");
        stats.coreCounts().forEach((c, n) -> b.append("<tr><td><a href=\"/ontology#").append(c).append("\">").append(c)
                .append("</a></td><td>").append(n).append("</td></tr>"));
        b.append("</table>");
        b.append("<h2>For harvesters and developers</h2><ul id=\"links\">")
                .append("<li>SPARQL endpoint: <code>/smartcity/sparql</code> (a plain GET returns its <a href=\"/smartcity/sparql\">service description</a>)</li>")
                .append("<li><a href=\"/.well-known/void\">VoID description</a> · <a href=\"/dcat\">DCAT-AP 3.0 record</a></li>")
                .append("<li><a href=\"/dumps/\">Dumps</a> (gzipped N-Quads and Turtle)</li>")
                .append("<li><a href=\"/ontology\">Ontology</a>, documented in every language it has</li>")
                .append("<li><a href=\"/api/queries?format=html\">Canned queries</a> and their <a href=\"/api/openapi.json\">OpenAPI description</a></li>")
                .append("</ul>");
        list(b, "Cities", "sc:City", "cities");
        list(b, "Projects", "sc:Project", "projects");
        b.append("<h2>SPARQL editor</h2><p>");
        for (int i = 0; i < EXAMPLES.size(); i++) {
            b.append("<button type=\"button\" class=\"example\" data-example=\"").append(i).append("\">")
                    .append(Html.escape(EXAMPLES.get(i)[0])).append("</button> ");
        }
        b.append("</p><div id=\"yasgui\"></div>");
        b.append("<h2>Questions</h2>").append(pages.forms(catalogue));
        return Html.page("Home", "<link rel=\"stylesheet\" href=\"/assets/yasgui.min.css\">"
                + "<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void\" title=\"VoID\">"
                + "<link rel=\"alternate\" type=\"text/turtle\" href=\"/dcat\" title=\"DCAT-AP\">",
                b.append(editorScript()).toString());
    }

    /** Every thing of a class, linked to its page, up to a limit. The query is a constant. */
    private void list(StringBuilder b, String heading, String rdfClass, String id) {
        List<String[]> rows = new ArrayList<>();
        Txn.executeRead(published.dataset(), () -> {
            String sparql = PREFIXES + "SELECT ?s (SAMPLE(?l) AS ?label) WHERE { ?s a " + rdfClass
                    + " ; rdfs:label ?l } GROUP BY ?s ORDER BY LCASE(STR(?label)) LIMIT " + LISTED;
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(published.dataset())).query(sparql).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> rows.add(new String[] {
                        s.getResource("s").getURI(), s.getLiteral("label").getLexicalForm()}));
            }
        });
        b.append("<h2>").append(heading).append("</h2><p id=\"").append(id).append("\">");
        for (String[] r : rows) {
            b.append("<a href=\"").append(Html.escape(links.href(r[0]))).append("\">").append(Html.escape(r[1]))
                    .append("</a> · ");
        }
        b.append("</p>");
    }

    /**
     * The editor on our endpoint. Autocompletion is limited to variables: the other completers
     * ask prefix.cc and LOV over the internet, which a closed network does not have.
     */
    private static String editorScript() {
        StringBuilder examples = new StringBuilder("[");
        for (String[] e : EXAMPLES) {
            examples.append(examples.length() > 1 ? "," : "").append(jsString(e[1]));
        }
        examples.append("]");
        return "<script src=\"/assets/yasgui.min.js\"></script><script>\n"
                + "const examples = " + examples + ";\n"
                + "Yasgui.Yasqe.defaults.autocompleters = ['variables'];\n"
                + "if (Yasgui.defaults.yasqe) { Yasgui.defaults.yasqe.autocompleters = ['variables']; }\n"
                + "const endpoint = window.location.origin + '/smartcity/sparql';\n"
                + "window.yasgui = new Yasgui(document.getElementById('yasgui'), {\n"
                + "  requestConfig: { endpoint: endpoint, method: 'POST' },\n"
                + "  copyEndpointOnNewTab: true, persistenceId: null,\n"
                + "  endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] }\n"
                + "});\n"
                + "window.yasgui.getTab().setQuery(examples[0]);\n"
                + "document.querySelectorAll('button.example').forEach(b => b.addEventListener('click', () =>\n"
                + "  window.yasgui.getTab().setQuery(examples[Number(b.dataset.example)])));\n"
                + "</script>";
    }

    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
