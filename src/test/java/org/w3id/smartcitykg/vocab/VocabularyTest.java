package org.w3id.smartcitykg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.rdf.Bundled;

/** The Java vocabulary class and ontology/smartcity.ttl say the same thing. */
class VocabularyTest {
    private static final List<String> LANGUAGES = List.of("en", "pl", "ro", "bg");
    private final Graph ontology = Bundled.ontology();

    @Test
    void everyConstantIsDeclaredWithLabelsAndCommentsInFourLanguages() throws IllegalAccessException {
        Set<String> constants = constants();
        assertTrue(constants.size() >= 50, "expected the whole vocabulary, found " + constants.size());
        for (String iri : constants) {
            Node term = NodeFactory.createURI(iri);
            assertTrue(ontology.find(term, RDF.type.asNode(), Node.ANY).hasNext(), iri + " is not declared");
            for (String lang : LANGUAGES) {
                assertTrue(hasLiteralIn(term, RDFS.label.asNode(), lang), iri + " has no rdfs:label@" + lang);
                assertTrue(hasLiteralIn(term, RDFS.comment.asNode(), lang), iri + " has no rdfs:comment@" + lang);
            }
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(SC.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });
        declared.removeAll(constants());
        assertEquals(Set.of(), declared, "terms of the ontology missing from SC.java");
    }

    @Test
    void coreContractTermsArePresent() {
        for (String local : List.of("City", "Project", "Partner", "FundingProgramme", "Meeting", "Person",
                "implementedIn", "hasPartner", "leadPartner", "fundedBy", "basedIn", "aboutProject", "heldIn",
                "startDate", "endDate", "participant", "affiliation", "role", "countryCode")) {
            assertTrue(ontology.find(NodeFactory.createURI(SC.NS + local), RDF.type.asNode(), Node.ANY).hasNext(),
                    local);
        }
        assertTrue(ontology.contains(SC.leadPartner.asNode(), RDFS.subPropertyOf.asNode(), SC.hasPartner.asNode()));
    }

    private boolean hasLiteralIn(Node term, Node property, String lang) {
        return ontology.find(term, property, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang));
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> iris = new HashSet<>();
        for (Field f : SC.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                iris.add(((Resource) f.get(null)).getURI());
            }
        }
        return iris;
    }
}
