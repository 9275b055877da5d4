package org.w3id.smartcitykg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** Holds one document's quads until the whole document has converted. */
public final class QuadBuffer extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(Quad.defaultGraphIRI, triple));
    }

    public int size() {
        return quads.size();
    }

    /** The quads held, in the order they were written. */
    public List<Quad> quads() {
        return java.util.Collections.unmodifiableList(quads);
    }

    public void sendTo(StreamRDF sink) {
        quads.forEach(sink::quad);
    }
}
