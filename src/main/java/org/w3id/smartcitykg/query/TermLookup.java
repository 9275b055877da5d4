package org.w3id.smartcitykg.query;

import java.util.List;
import org.apache.jena.graph.Node;

/** What a parameter value may name in the graph: cities by any of their names, things by label. */
public interface TermLookup {
    /** IRIs of the cities {@code name} may stand for, in any language or inflected form, likeliest first. */
    List<Node> cities(String name);

    /** Instances of {@code rdfClass} with {@code label} as a label or alternative label, case ignored. */
    List<Node> labelled(Node rdfClass, String label);

    /** Whether the graph says anything about {@code iri}. */
    boolean known(Node iri);

    /** A lookup that knows nothing: names resolve to no IRI (for tests of types alone). */
    static TermLookup none() {
        return new TermLookup() {
            @Override
            public List<Node> cities(String name) {
                return List.of();
            }

            @Override
            public List<Node> labelled(Node rdfClass, String label) {
                return List.of();
            }

            @Override
            public boolean known(Node iri) {
                return false;
            }
        };
    }
}
