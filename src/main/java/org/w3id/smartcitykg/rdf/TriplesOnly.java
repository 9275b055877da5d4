package org.w3id.smartcitykg.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads on as triples, for the formats that have no graphs (N-Triples, Turtle). */
public final class TriplesOnly extends StreamRDFWrapper {
    public TriplesOnly(StreamRDF out) {
        super(out);
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }
}
