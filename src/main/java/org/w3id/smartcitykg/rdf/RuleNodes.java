package org.w3id.smartcitykg.rdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The nodes that name and describe the converter's rules. There are a few dozen rules, named in
 * nearly every statement of every document: each one's IRI and literals are made once, not
 * formatted and parsed anew for each statement. Shared by the threads of a conversion.
 */
final class RuleNodes {
    /** A rule: its IRI, its recogniser's name and its confidence as literals. */
    record Rule(Node iri, Node recogniser, Node confidence) {}

    private record Key(String recogniser, double confidence) {}

    private final IriScheme iris;
    private final Map<Key, Rule> rules = new ConcurrentHashMap<>();

    RuleNodes(IriScheme iris) {
        this.iris = iris;
    }

    Rule of(String recogniser, double confidence) {
        return rules.computeIfAbsent(new Key(recogniser, confidence), this::make);
    }

    private Rule make(Key key) {
        String confidence = IriScheme.confidence(key.confidence());
        return new Rule(iris.rule(key.recogniser(), confidence), NodeFactory.createLiteralString(key.recogniser()),
                NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
    }
}
