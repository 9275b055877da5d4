package org.w3id.smartcitykg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.smartcitykg.vocab.SC;
import org.w3id.smartcitykg.rdf.Vocabularies;

/**
 * What the server says about one IRI, as Pubby and LodView do: the resource's own triples, the
 * triples that point at it (but not the evidence records, which have pages of their own), its
 * geometry, and the labels of everything it links to, so a client can show names without asking
 * again. The store's graphs come first, then the dataset's own descriptions (VoID, DCAT-AP).
 */
final class Describer {
    private final DatasetGraph dataset;

    Describer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description, empty when nothing is known of {@code iri} in the store or in {@code metadata}. */
    Graph describe(Node iri, java.util.function.Supplier<Graph> metadata) {
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> describeFrom(dataset.getUnionGraph(), iri, out));
        if (out.isEmpty()) {
            describeFrom(metadata.get(), iri, out);
        }
        return out;
    }

    private static void describeFrom(Graph g, Node iri, Graph out) {
        List<Node> linked = new ArrayList<>();
        g.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            linked.add(t.getObject());
            if (t.getPredicate().equals(Vocabularies.GEO_HAS_GEOMETRY)) {
                g.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
            }
        });
        g.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> {
            if (!isEvidence(g, t.getSubject())) {
                out.add(t);
                linked.add(t.getSubject());
            }
        });
        for (Node n : linked) {
            if (n.isURI() && !n.equals(iri)) {
                labels(g, n).forEach(out::add);
            }
        }
    }

    static boolean isEvidence(Graph g, Node node) {
        return g.contains(node, RDF.type.asNode(), SC.Evidence.asNode());
    }

    private static List<Triple> labels(Graph g, Node n) {
        List<Triple> found = new ArrayList<>();
        g.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(found::add);
        g.find(n, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(found::add);
        return found;
    }
}
