package org.w3id.smartcitykg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.query.QueryParameter;

/**
 * The catalogue and query results as HTML: a form per query, results as a table whose IRIs link
 * to their pages on this server (those under the base) or to where they live.
 */
final class ResultPages {
    private final LocalLinks links;

    ResultPages(LocalLinks links) {
        this.links = links;
    }

    String catalogue(QueryCatalogue catalogue) {
        StringBuilder b = new StringBuilder("<h1>Canned queries</h1><p class=\"muted\">Each also answers as JSON, "
                + "CSV or TSV (<code>?format=</code> or the Accept header); see <a href=\"/api/openapi.json\">the "
                + "OpenAPI description</a>.</p>");
        b.append(forms(catalogue));
        return Html.page("Queries", "", b.toString());
    }

    /** One small form per query, for the home page and the catalogue page. */
    String forms(QueryCatalogue catalogue) {
        StringBuilder b = new StringBuilder();
        for (CannedQuery q : catalogue.all()) {
            b.append("<h2 id=\"q-").append(Html.escape(q.name())).append("\">").append(Html.escape(q.summary()))
                    .append(" <small class=\"muted\"><code>").append(Html.escape(q.name())).append("</code></small></h2>")
                    .append("<p>").append(Html.escape(q.description())).append("</p>")
                    .append(form(q, Map.of()));
        }
        return b.toString();
    }

    private static String form(CannedQuery q, Map<String, String> values) {
        StringBuilder b = new StringBuilder("<form class=\"q\" method=\"get\" action=\"/api/queries/")
                .append(Html.escape(q.name())).append("\">");
        for (QueryParameter p : q.parameters()) {
            String id = q.name() + "-" + p.name();
            b.append("<label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(p.name()))
                    .append(p.required() ? "*" : "").append("</label> ");
            if (!p.allowedValues().isEmpty()) {
                b.append("<select id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(p.name()))
                        .append("\"><option value=\"\"></option>");
                for (String v : p.allowedValues()) {
                    b.append("<option").append(v.equals(values.get(p.name())) ? " selected" : "").append(">")
                            .append(Html.escape(v)).append("</option>");
                }
                b.append("</select> ");
            } else {
                b.append("<input id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(p.name()))
                        .append("\" type=\"").append(p.type().equals("date") ? "date" : "text")
                        .append("\" placeholder=\"").append(Html.escape(p.typeDescription())).append("\" value=\"")
                        .append(Html.escape(values.getOrDefault(p.name(), p.defaultValue().orElse(""))))
                        .append("\"").append(p.required() ? " required" : "").append("> ");
            }
        }
        return b.append("<input type=\"hidden\" name=\"format\" value=\"html\"><button type=\"submit\">Run</button>")
                .append("</form>").toString();
    }

    String results(CannedQuery q, Map<String, String> values, ResultSetRewindable rows) {
        rows.reset();
        List<String> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder("<h1>").append(Html.escape(q.summary())).append("</h1><p>")
                .append(Html.escape(q.description())).append("</p>").append(form(q, values));
        b.append("<table id=\"results\"><thead><tr>");
        vars.stream().filter(v -> !vars.contains(v + "Label"))
                .forEach(v -> b.append("<th>").append(Html.escape(v)).append("</th>"));
        b.append("</tr></thead><tbody>");
        int n = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            n++;
            b.append("<tr>");
            for (String v : vars) {
                if (vars.contains(v + "Label")) {
                    continue;
                }
                b.append("<td>").append(cell(row, v, vars)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table><p class=\"muted\">").append(n).append(n == 1 ? " row" : " rows").append("</p>");
        return Html.page(q.summary(), "", b.toString());
    }

    /** A label column shows the label linked to its IRI's page; an IRI alone, its page's link. */
    private String cell(QuerySolution row, String var, List<String> vars) {
        RDFNode value = row.get(var);
        if (value == null) {
            return "";
        }
        if (var.endsWith("Label") && vars.contains(var.substring(0, var.length() - 5))) {
            RDFNode thing = row.get(var.substring(0, var.length() - 5));
            if (thing != null && thing.isURIResource()) {
                return "<a href=\"" + Html.escape(links.href(thing.asNode().getURI())) + "\">"
                        + Html.escape(value.asNode().getLiteralLexicalForm()) + "</a>";
            }
        }
        Node n = value.asNode();
        if (n.isURI()) {
            return "<a class=\"iri\" href=\"" + Html.escape(links.href(n.getURI())) + "\">" + Html.escape(links.shortName(n.getURI())) + "</a>";
        }
        return n.isLiteral() ? Html.escape(n.getLiteralLexicalForm()) : Html.escape(n.toString());
    }
}
