package org.w3id.smartcitykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.smartcitykg.vocab.SC;

/**
 * The ontology's documentation page: every class and property with an anchor of its local name
 * (so {@code …/ontology#City} lands on it), its labels and comments in every language the
 * ontology has, and its place among the others.
 */
final class OntologyPage {
    private OntologyPage() {}

    static String render(Graph o) {
        StringBuilder b = new StringBuilder("<h1>Smart-city ontology</h1>");
        Node ont = org.apache.jena.graph.NodeFactory.createURI(SC.ONTOLOGY_IRI);
        literals(o, ont, DCTerms.description.asNode()).forEach(t -> b.append("<p>").append(Html.escape(t.getObject()
                .getLiteralLexicalForm())).append(" <small class=\"muted\">@").append(Html.escape(t.getObject()
                .getLiteralLanguage())).append("</small></p>"));
        b.append("<p class=\"iri\">").append(Html.escape(SC.ONTOLOGY_IRI)).append(" · namespace <code>")
                .append(Html.escape(SC.NS)).append("</code> · as <a href=\"?format=ttl\">Turtle</a>, ")
                .append("<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a>, ")
                .append("<a href=\"?format=rdf\">RDF/XML</a></p>");
        section(b, o, "Classes", terms(o, OWL.Class.asNode()));
        List<Node> properties = terms(o, OWL.ObjectProperty.asNode());
        properties.addAll(terms(o, OWL.DatatypeProperty.asNode()));
        properties.sort(Comparator.comparing(Node::getURI));
        section(b, o, "Properties", properties);
        return Html.page("Ontology", "", b.toString());
    }

    private static List<Node> terms(Graph o, Node type) {
        List<Node> found = new ArrayList<>();
        o.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SC.NS)) {
                found.add(t.getSubject());
            }
        });
        found.sort(Comparator.comparing(Node::getURI));
        return found;
    }

    private static void section(StringBuilder b, Graph o, String heading, List<Node> terms) {
        b.append("<h2>").append(heading).append("</h2><p>");
        for (Node t : terms) {
            b.append("<a href=\"#").append(Html.escape(t.getLocalName())).append("\">").append(Html.escape(t.getLocalName()))
                    .append("</a> ");
        }
        b.append("</p>");
        for (Node t : terms) {
            b.append("<section class=\"term\" id=\"").append(Html.escape(t.getLocalName())).append("\"><h3>")
                    .append(Html.escape(t.getLocalName())).append("</h3><p class=\"iri\">").append(Html.escape(t.getURI()))
                    .append("</p><table><tr><th>language</th><th>label</th><th>comment</th></tr>");
            List<Triple> labels = literals(o, t, RDFS.label.asNode());
            for (Triple l : labels) {
                String lang = l.getObject().getLiteralLanguage();
                String comment = literals(o, t, RDFS.comment.asNode()).stream()
                        .filter(c -> c.getObject().getLiteralLanguage().equals(lang))
                        .map(c -> c.getObject().getLiteralLexicalForm()).findFirst().orElse("");
                b.append("<tr><td>").append(Html.escape(lang)).append("</td><td>")
                        .append(Html.escape(l.getObject().getLiteralLexicalForm())).append("</td><td>")
                        .append(Html.escape(comment)).append("</td></tr>");
            }
            b.append("</table>");
            related(b, o, t, RDFS.subClassOf.asNode(), "sub-class of");
            related(b, o, t, RDFS.subPropertyOf.asNode(), "sub-property of");
            related(b, o, t, RDFS.domain.asNode(), "domain");
            related(b, o, t, RDFS.range.asNode(), "range");
            b.append("</section>");
        }
    }

    private static void related(StringBuilder b, Graph o, Node t, Node p, String name) {
        List<String> values = new ArrayList<>();
        o.find(t, p, Node.ANY).forEachRemaining(x -> {
            Node v = x.getObject();
            if (v.isURI()) {
                values.add(v.getURI().startsWith(SC.NS)
                        ? "<a href=\"#" + Html.escape(v.getLocalName()) + "\">" + Html.escape(v.getLocalName()) + "</a>"
                        : "<a href=\"" + Html.escape(v.getURI()) + "\">" + Html.escape(v.getURI()) + "</a>");
            } else {
                values.add("<span class=\"muted\">(a combination)</span>");
            }
        });
        if (!values.isEmpty()) {
            b.append("<p><b>").append(name).append(":</b> ").append(String.join(", ", values)).append("</p>");
        }
    }

    private static List<Triple> literals(Graph o, Node s, Node p) {
        List<Triple> out = new ArrayList<>();
        o.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t);
            }
        });
        out.sort(Comparator.comparing((Triple t) -> t.getObject().getLiteralLanguage()));
        return out;
    }
}
