package org.w3id.smartcitykg.rdf;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.smartcitykg.extract.MentionType;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.Fact;
import org.w3id.smartcitykg.link.LinkedDocument;
import org.w3id.smartcitykg.link.Place;
import org.w3id.smartcitykg.vocab.SC;

/**
 * Writes one linked document as quads in its own named graph: a resource for the document, each
 * entity with its core class, labels and identifiers, and each fact. What describes the converter
 * rather than the document (its rules, the agent) goes to the shared converter graph, where a
 * store keeps it once for all documents.
 */
public final class DocumentMapper {
    private final IriScheme iris;
    private final RuleNodes rules;

    public DocumentMapper(IriScheme iris) {
        this.iris = iris;
        this.rules = new RuleNodes(iris);
    }

    public void write(LinkedDocument linked, StreamRDF out) {
        Document doc = linked.document();
        String key = doc.key();
        Node graph = iris.documentGraph(key);
        Emitter e = new Emitter(out, graph, doc.language());
        Node docNode = iris.document(key);
        writeDocument(e, doc, docNode);
        Emitter converter = new Emitter(out, iris.converterGraph(), doc.language());
        EvidenceWriter evidence = new EvidenceWriter(iris, rules, doc, docNode, e::add, converter::add);
        evidence.writeActivity();
        for (Entity entity : linked.entities()) {
            writeEntity(e, entity, docNode);
            evidence.forEntity(entity);
        }
        for (Fact fact : linked.facts()) {
            writeFact(e, fact);
            evidence.forFact(fact, e.objectOf(fact, iris));
        }
    }

    private static void writeDocument(Emitter e, Document doc, Node node) {
        e.type(node, SC.NewsDocument.asNode());
        e.add(node, DCTerms.title.asNode(), e.text(doc.title()));
        e.add(node, DCTerms.language.asNode(), IriScheme.euLanguage(doc.language()));
        e.add(node, SC.sourceFile.asNode(), NodeFactory.createLiteralString(doc.source().fileName()));
        e.add(node, SC.sha256.asNode(), NodeFactory.createLiteralString(doc.source().sha256()));
        e.add(node, DCTerms.extent.asNode(), NodeFactory.createLiteralDT(
                Long.toString(doc.source().byteSize()), XSDDatatype.XSDinteger));
        doc.publisher().ifPresent(p -> e.add(node, DCTerms.publisher.asNode(), e.text(p)));
        doc.published().ifPresent(d -> e.add(node, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
    }

    private void writeEntity(Emitter e, Entity entity, Node docNode) {
        Node node = iris.entity(entity.key());
        e.type(node, coreClass(entity.type()));
        subClass(entity).ifPresentOrElse(c -> e.type(node, c), () -> { });
        // A place is labelled by its authority's name, the same in every document (GeoNames gives
        // it no language: "Kraków", "Warsaw"); the forms each text uses are its altLabels.
        boolean authorityName = entity.place().map(p -> p.name().equals(entity.label())).orElse(false);
        e.add(node, RDFS.label.asNode(), authorityName
                ? NodeFactory.createLiteralString(entity.label()) : e.text(entity.label()));
        for (String alt : entity.altLabels()) {
            e.add(node, SKOS.altLabel.asNode(), e.text(alt));
        }
        e.add(node, SC.mentionedIn.asNode(), docNode);
        entity.countryCode().ifPresent(cc -> {
            e.add(node, SC.countryCode.asNode(), NodeFactory.createLiteralString(cc));
            e.add(node, SC.country.asNode(), IriScheme.euCountry(cc));
        });
        entity.place().ifPresent(p -> writePlace(e, entity.key(), node, p));
        for (String iri : entity.exactMatches()) {
            e.add(node, SKOS.exactMatch.asNode(), NodeFactory.createURI(iri));
        }
    }

    private void writePlace(Emitter e, String key, Node node, Place place) {
        e.add(node, OWL.sameAs.asNode(), NodeFactory.createURI(place.geonamesIri()));
        if (place.population() > 0) {
            e.add(node, SC.population.asNode(), NodeFactory.createLiteralDT(
                    Long.toString(place.population()), XSDDatatype.XSDinteger));
        }
        Node geometry = iris.geometry(key);
        e.add(node, Vocabularies.GEO_HAS_GEOMETRY, geometry);
        e.type(geometry, Vocabularies.GEO_GEOMETRY);
        e.add(geometry, Vocabularies.GEO_AS_WKT, NodeFactory.createLiteralDT(
                String.format(Locale.ROOT, "POINT(%s %s)", place.longitude(), place.latitude()),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocabularies.GEO_WKT_LITERAL)));
    }

    private void writeFact(Emitter e, Fact fact) {
        Node subject = iris.entity(fact.subjectKey());
        Node property = NodeFactory.createURI(SC.NS + fact.property());
        Node object = e.objectOf(fact, iris);
        e.add(subject, property, object);
        if (fact.property().equals("leadPartner")) {
            // A harvester without a reasoner still sees the lead partner as a partner.
            e.add(subject, SC.hasPartner.asNode(), object);
        }
    }

    static Node coreClass(MentionType type) {
        return switch (type) {
            case CITY -> SC.City.asNode();
            case PARTNER -> SC.Partner.asNode();
            case PROJECT -> SC.Project.asNode();
            case PROGRAMME -> SC.FundingProgramme.asNode();
            case MEETING -> SC.Meeting.asNode();
            case PERSON -> SC.Person.asNode();
            case COUNTRY, DATE -> throw new IllegalArgumentException(type + " is not an entity class");
        };
    }

    /** The sub-class named by the entity's subtype, when the ontology has one. */
    static java.util.Optional<Node> subClass(Entity entity) {
        String s = entity.subtype();
        if (s == null || s.isEmpty() || s.equals("Partner") || s.equals("Meeting")) {
            return java.util.Optional.empty();
        }
        return SubClasses.ALL.contains(s) ? java.util.Optional.of(NodeFactory.createURI(SC.NS + s))
                : java.util.Optional.empty();
    }

    /** Writes quads into one graph, tagging text with the document's language. */
    private record Emitter(StreamRDF out, Node graph, String language) {
        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        void type(Node s, Node cls) {
            add(s, RDF.type.asNode(), cls);
        }

        Node text(String value) {
            return NodeFactory.createLiteralLang(value, language);
        }

        Node objectOf(Fact fact, IriScheme iris) {
            return switch (fact.kind()) {
                case ENTITY -> iris.entity(fact.objectKey());
                case DATE -> NodeFactory.createLiteralDT(fact.value(), XSDDatatype.XSDdate);
                case LANG_STRING -> text(fact.value());
                case STRING -> NodeFactory.createLiteralString(fact.value());
            };
        }
    }

}
