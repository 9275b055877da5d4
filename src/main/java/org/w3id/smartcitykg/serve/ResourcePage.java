package org.w3id.smartcitykg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.smartcitykg.vocab.SC;
import org.w3id.smartcitykg.rdf.Vocabularies;

/**
 * A resource's page for people: its names in every language, its classes, its facts as links to
 * other pages with the quoted text behind each, what refers to it, and for a city its map point
 * and GeoNames entry. Plain HTML, nothing loaded from elsewhere.
 */
final class ResourcePage {
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    private static final List<Node> SHOWN_APART = List.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), SC.evidence.asNode(), Vocabularies.GEO_HAS_GEOMETRY);

    private static final org.apache.jena.shared.PrefixMapping PREFIXES =
            org.w3id.smartcitykg.rdf.Prefixes.standard("urn:x-unused:");

    private final DatasetGraph dataset;
    private final LocalLinks links;

    ResourcePage(DatasetGraph dataset, LocalLinks links) {
        this.dataset = dataset;
        this.links = links;
    }

    String render(Node iri, Graph description) {
        return Txn.calculateRead(dataset, () -> render(iri, description, dataset.getUnionGraph()));
    }

    private String render(Node iri, Graph d, Graph store) {
        String title = label(d, iri).orElse(links.shortName(iri.getURI()));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(title)).append("</h1>");
        b.append("<p class=\"iri\">").append(Html.escape(iri.getURI())).append("</p>");
        b.append("<p>").append(classes(d, iri, store)).append(" · ").append(downloads()).append("</p>");
        names(d, iri, b);
        place(d, iri, b);
        facts(d, iri, store, b);
        referrers(d, iri, store, b);
        mentions(iri, store, b);
        return Html.page(title, "", b.toString());
    }

    private String classes(Graph d, Node iri, Graph store) {
        List<String> out = new ArrayList<>();
        d.find(iri, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> out.add(link(t.getObject(), store)));
        return out.isEmpty() ? "" : "a " + String.join(", ", out);
    }

    private static String downloads() {
        StringBuilder b = new StringBuilder("as ");
        String[][] formats = {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdf", "RDF/XML"}};
        for (int i = 0; i < formats.length; i++) {
            b.append(i == 0 ? "" : ", ").append("<a href=\"?format=").append(formats[i][0]).append("\">")
                    .append(formats[i][1]).append("</a>");
        }
        return b.toString();
    }

    private static void names(Graph d, Node iri, StringBuilder b) {
        List<Triple> names = new ArrayList<>();
        d.find(iri, RDFS.label.asNode(), Node.ANY).forEachRemaining(names::add);
        d.find(iri, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(names::add);
        if (names.isEmpty()) {
            return;
        }
        b.append("<h2>Names</h2><table class=\"names\"><tr><th>name</th><th>language</th><th>kind</th></tr>");
        names.stream().sorted(Comparator.comparing((Triple t) -> t.getObject().getLiteralLanguage())
                        .thenComparing(t -> t.getObject().getLiteralLexicalForm()))
                .forEach(t -> b.append("<tr><td>").append(Html.escape(t.getObject().getLiteralLexicalForm()))
                        .append("</td><td>").append(Html.escape(t.getObject().getLiteralLanguage()))
                        .append("</td><td>").append(t.getPredicate().equals(RDFS.label.asNode()) ? "label" : "alternative")
                        .append("</td></tr>"));
        b.append("</table>");
    }

    /** A city's point and its GeoNames entry. */
    private static void place(Graph d, Node iri, StringBuilder b) {
        List<String> rows = new ArrayList<>();
        d.find(iri, Vocabularies.GEO_HAS_GEOMETRY, Node.ANY).forEachRemaining(g ->
                d.find(g.getObject(), Vocabularies.GEO_AS_WKT, Node.ANY).forEachRemaining(w -> {
                    Matcher m = POINT.matcher(w.getObject().getLiteralLexicalForm());
                    if (m.find()) {
                        rows.add("<dt>Coordinates</dt><dd class=\"coordinates\">" + Html.escape(m.group(2)) + "° N, "
                                + Html.escape(m.group(1)) + "° E <span class=\"muted\">(WGS 84, "
                                + Html.escape(w.getObject().getLiteralLexicalForm()) + ")</span></dd>");
                    }
                }));
        d.find(iri, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().contains("geonames.org")) {
                rows.add("<dt>GeoNames</dt><dd><a class=\"geonames\" href=\"" + Html.escape(t.getObject().getURI()) + "\">"
                        + Html.escape(t.getObject().getURI()) + "</a></dd>");
            }
        });
        if (!rows.isEmpty()) {
            b.append("<h2>Place</h2><dl>").append(String.join("", rows)).append("</dl>");
        }
    }

    private void facts(Graph d, Node iri, Graph store, StringBuilder b) {
        List<Triple> facts = new ArrayList<>();
        d.find(iri, Node.ANY, Node.ANY).filterDrop(t -> SHOWN_APART.contains(t.getPredicate())).forEachRemaining(facts::add);
        if (facts.isEmpty()) {
            return;
        }
        facts.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        b.append("<h2>Facts</h2><table class=\"facts\"><tr><th>property</th><th>value</th><th>from the text</th></tr>");
        for (Triple t : facts) {
            b.append("<tr><td>").append(link(t.getPredicate(), store)).append("</td><td>").append(value(t.getObject(), store))
                    .append("</td><td>").append(evidence(t, store)).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void referrers(Graph d, Node iri, Graph store, StringBuilder b) {
        List<Triple> in = new ArrayList<>();
        d.find(Node.ANY, Node.ANY, iri).forEachRemaining(in::add);
        if (in.isEmpty()) {
            return;
        }
        in.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        b.append("<h2>Referred to by</h2><table class=\"referrers\"><tr><th>what</th><th>property</th><th>from the text</th></tr>");
        for (Triple t : in) {
            b.append("<tr><td>").append(value(t.getSubject(), store)).append("</td><td>").append(link(t.getPredicate(), store))
                    .append("</td><td>").append(evidence(t, store)).append("</td></tr>");
        }
        b.append("</table>");
    }

    /** Where the documents name the thing itself: each mention, quoted. */
    private void mentions(Node iri, Graph store, StringBuilder b) {
        List<Node> evidence = new ArrayList<>();
        store.find(iri, SC.evidence.asNode(), Node.ANY).forEachRemaining(t -> evidence.add(t.getObject()));
        if (evidence.isEmpty()) {
            return;
        }
        b.append("<h2>Mentions</h2><ul class=\"mentions\">");
        evidence.stream().map(e -> quote(e, store)).sorted().forEach(q -> b.append("<li>").append(q).append("</li>"));
        b.append("</ul>");
    }

    /** The quoted spans that support a statement, each with its document. */
    private String evidence(Triple t, Graph store) {
        List<String> quotes = new ArrayList<>();
        store.find(Node.ANY, RDF.subject.asNode(), t.getSubject()).forEachRemaining(s -> {
            Node ev = s.getSubject();
            if (store.contains(ev, RDF.predicate.asNode(), t.getPredicate())
                    && store.contains(ev, RDF.object.asNode(), t.getObject())) {
                first(store, ev, SC.span.asNode()).ifPresent(span -> quotes.add(quote(span, store)));
            }
        });
        return quotes.isEmpty() ? "" : String.join("<br>", quotes);
    }

    private String quote(Node evidence, Graph store) {
        String text = first(store, evidence, SC.anchorOf.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        String shown = text.length() > 300 ? text.substring(0, 297) + "…" : text;
        String where = documentOf(evidence)
                .map(doc -> "<a href=\"" + Html.escape(links.href(doc.getURI())) + "\">"
                        + Html.escape(first(store, doc, DCTerms.title.asNode()).map(Node::getLiteralLexicalForm)
                                .orElse(links.shortName(doc.getURI()))) + "</a>").orElse("");
        return "<span class=\"quote\">“" + Html.escape(shown) + "”</span> <small class=\"muted\">— " + where
                + ", <a href=\"" + Html.escape(links.href(evidence.getURI())) + "\">evidence</a></small>";
    }

    /** The document a span is part of: its IRI without the {@code #char=} fragment. */
    private static Optional<Node> documentOf(Node span) {
        String iri = span.getURI();
        int hash = iri.indexOf('#');
        return hash > 0 ? Optional.of(NodeFactory.createURI(iri.substring(0, hash))) : Optional.empty();
    }

    private String value(Node n, Graph store) {
        if (n.isURI()) {
            return link(n, store);
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return Html.escape(n.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small class=\"muted\">@" + Html.escape(lang) + "</small>");
        }
        return Html.escape(n.toString());
    }

    /** A link to a thing's page, named by its label (English first for ontology terms). */
    private String link(Node n, Graph store) {
        String name = label(store, n).orElseGet(() -> {
            String q = PREFIXES.qnameFor(n.getURI());
            return q != null ? q : links.shortName(n.getURI());
        });
        return "<a href=\"" + Html.escape(links.href(n.getURI())) + "\">" + Html.escape(name) + "</a>";
    }

    static Optional<String> label(Graph g, Node n) {
        List<Node> labels = new ArrayList<>();
        g.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> labels.add(t.getObject()));
        return labels.stream().filter(Node::isLiteral)
                .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().equals("en")).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
