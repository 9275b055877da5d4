package org.w3id.smartcitykg.rdf;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.smartcitykg.extract.Mention;
import org.w3id.smartcitykg.extract.Span;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.Fact;
import org.w3id.smartcitykg.vocab.SC;

/**
 * Why the graph says what it says, in as few statements as keep all of it. Every entity points
 * to the spans of text that name it; a span is named by its document's IRI and an RFC 5147
 * fragment ({@code …/document/KEY#char=BEGIN,END}), which already says which document and where,
 * and carries the quoted text and the rule that read it. Every fact has an evidence node that
 * restates it (rdf:subject, rdf:predicate, rdf:object) and points to its span and its rule. A
 * rule (its recogniser and the confidence it gives) and the converter agent are described to
 * the converter sink, once per document there and once per store in the end. The conversion of
 * each document is a prov:Activity.
 */
final class EvidenceWriter {
    interface Sink {
        void add(Node s, Node p, Node o);
    }

    private final IriScheme iris;
    private final RuleNodes rules;
    private final Document document;
    /** The document's key, read once: it is named in every span and evidence IRI. */
    private final String documentKey;
    private final Node documentNode;
    private final Node activity;
    private final Sink out;
    private final Sink converter;
    private final Set<Node> quotedSpans = new HashSet<>();
    private final Set<Node> describedRules = new HashSet<>();
    private final Set<String> spanRules = new HashSet<>();

    EvidenceWriter(IriScheme iris, RuleNodes rules, Document document, Node documentNode, Sink out, Sink converter) {
        this.iris = iris;
        this.rules = rules;
        this.document = document;
        this.documentKey = document.key();
        this.documentNode = documentNode;
        this.activity = iris.conversion(documentKey);
        this.out = out;
        this.converter = converter;
    }

    void writeActivity() {
        Node agent = iris.converterAgent();
        out.add(activity, RDF.type.asNode(), Vocabularies.PROV_ACTIVITY);
        out.add(activity, Vocabularies.PROV_USED, documentNode);
        out.add(activity, Vocabularies.PROV_WAS_ASSOCIATED_WITH, agent);
        converter.add(agent, RDF.type.asNode(), Vocabularies.PROV_SOFTWARE_AGENT);
        converter.add(agent, RDF.type.asNode(), FOAF.Agent.asNode());
        converter.add(agent, RDFS.label.asNode(), NodeFactory.createLiteralString("smartcity-kg converter"));
    }

    void forEntity(Entity entity) {
        Node node = iris.entity(entity.key());
        for (Mention m : entity.mentions()) {
            Node span = span(m.begin(), m.end());
            out.add(node, SC.evidence.asNode(), span);
            Node rule = rule(m.recogniser(), m.confidence());
            if (spanRules.add(span.getURI() + " " + rule.getURI())) {
                out.add(span, SC.rule.asNode(), rule);
            }
        }
    }

    void forFact(Fact fact, Node object) {
        Node subject = iris.entity(fact.subjectKey());
        Node property = NodeFactory.createURI(SC.NS + fact.property());
        String tag = fact.property() + "-" + shortHash(fact.property() + "|" + fact.subjectKey() + "|" + object);
        Span s = fact.evidence();
        Node ev = iris.evidence(documentKey, codePoint(s.begin()), codePoint(s.end()), tag);
        out.add(ev, RDF.subject.asNode(), subject);
        out.add(ev, RDF.predicate.asNode(), property);
        out.add(ev, RDF.object.asNode(), object);
        out.add(ev, SC.span.asNode(), span(s.begin(), s.end()));
        out.add(ev, SC.rule.asNode(), rule(fact.rule(), fact.confidence()));
    }

    /** The span between two char offsets of the text, quoted once. */
    private Node span(int begin, int end) {
        Node span = iris.span(documentKey, codePoint(begin), codePoint(end));
        if (quotedSpans.add(span)) {
            out.add(span, SC.anchorOf.asNode(), NodeFactory.createLiteralString(document.text().substring(begin, end)));
        }
        return span;
    }

    /** Code-point offsets of a char offset; the same number unless the text has characters beyond the BMP. */
    private int codePoint(int charOffset) {
        if (codePoints == null) {
            codePoints = CodePointOffsets.of(document.text());
        }
        return codePoints.at(charOffset);
    }

    private CodePointOffsets codePoints;

    /** The rule and its confidence, described once per document to the converter sink. */
    private Node rule(String recogniser, double confidence) {
        RuleNodes.Rule rule = rules.of(recogniser, confidence);
        if (describedRules.add(rule.iri())) {
            converter.add(rule.iri(), SC.recogniser.asNode(), rule.recogniser());
            converter.add(rule.iri(), SC.confidence.asNode(), rule.confidence());
        }
        return rule.iri();
    }

    /** Eight hex digits of FNV-1a: enough to tell apart the facts of one span, and no digest per fact. */
    private static String shortHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits((int) (h ^ (h >>> 32)));
    }
}
