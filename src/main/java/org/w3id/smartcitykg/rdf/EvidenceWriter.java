package org.w3id.smartcitykg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HexFormat;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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

/**
 * Why the graph says what it says: every entity points to the spans that name it, and every fact
 * has an evidence node that restates it (rdf:subject, rdf:predicate, rdf:object) with the quoted
 * span, its offsets (NIF-style, in Unicode code points of the document's text), the rule that
 * read it and a confidence. The conversion of each document is a prov:Activity.
 */
final class EvidenceWriter {
    interface Sink {
        void add(Node s, Node p, Node o);
    }

    private final IriScheme iris;
    private final Document document;
    private final Node documentNode;
    private final Node activity;
    private final Sink out;

    EvidenceWriter(IriScheme iris, Document document, Node documentNode, Sink out) {
        this.iris = iris;
        this.document = document;
        this.documentNode = documentNode;
        this.activity = iris.conversion(document.key());
        this.out = out;
    }

    void writeActivity() {
        Node agent = iris.converterAgent();
        out.add(activity, RDF.type.asNode(), Vocabularies.PROV_ACTIVITY);
        out.add(activity, Vocabularies.PROV_USED, documentNode);
        out.add(activity, Vocabularies.PROV_WAS_ASSOCIATED_WITH, agent);
        out.add(agent, RDF.type.asNode(), Vocabularies.PROV_SOFTWARE_AGENT);
        out.add(agent, RDF.type.asNode(), FOAF.Agent.asNode());
        out.add(agent, RDFS.label.asNode(), NodeFactory.createLiteralString("smartcity-kg converter"));
    }

    void forEntity(Entity entity) {
        Node node = iris.entity(entity.key());
        for (Mention m : entity.mentions()) {
            // One span can name two things (a town and its council): the tag keeps them apart.
            String tag = entity.key().substring(0, entity.key().indexOf('/'));
            Node ev = span(m.begin(), m.end(), tag, m.recogniser(), m.confidence());
            out.add(node, SC.evidence.asNode(), ev);
        }
    }

    void forFact(Fact fact, Node object) {
        Node subject = iris.entity(fact.subjectKey());
        Node property = NodeFactory.createURI(SC.NS + fact.property());
        String tag = fact.property() + "-" + shortHash(fact.property() + "|" + fact.subjectKey() + "|" + object);
        Span s = fact.evidence();
        Node ev = span(s.begin(), s.end(), tag, fact.rule(), fact.confidence());
        out.add(ev, RDF.type.asNode(), RDF.Statement.asNode());
        out.add(ev, RDF.subject.asNode(), subject);
        out.add(ev, RDF.predicate.asNode(), property);
        out.add(ev, RDF.object.asNode(), object);
    }

    private Node span(int begin, int end, String tag, String recogniser, double confidence) {
        String text = document.text();
        int b = text.codePointCount(0, begin);
        int e = b + text.codePointCount(begin, end);
        Node ev = iris.evidence(document.key(), b, e, tag);
        out.add(ev, RDF.type.asNode(), SC.Evidence.asNode());
        out.add(ev, SC.evidenceDocument.asNode(), documentNode);
        out.add(ev, SC.beginIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(b), XSDDatatype.XSDnonNegativeInteger));
        out.add(ev, SC.endIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(e), XSDDatatype.XSDnonNegativeInteger));
        out.add(ev, SC.anchorOf.asNode(), NodeFactory.createLiteralString(text.substring(begin, end)));
        out.add(ev, SC.recogniser.asNode(), NodeFactory.createLiteralString(recogniser));
        out.add(ev, SC.confidence.asNode(), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        out.add(ev, Vocabularies.PROV_WAS_GENERATED_BY, activity);
        return ev;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
