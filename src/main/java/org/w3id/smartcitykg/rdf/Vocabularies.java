package org.w3id.smartcitykg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The few terms of external vocabularies that Jena has no constants for. */
public final class Vocabularies {
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final Node GEO_HAS_GEOMETRY = NodeFactory.createURI(GEO + "hasGeometry");
    public static final Node GEO_AS_WKT = NodeFactory.createURI(GEO + "asWKT");
    public static final Node GEO_GEOMETRY = NodeFactory.createURI(GEO + "Geometry");
    public static final String GEO_WKT_LITERAL = GEO + "wktLiteral";

    private Vocabularies() {}
}
