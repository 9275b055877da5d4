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

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final Node PROV_ACTIVITY = NodeFactory.createURI(PROV + "Activity");
    public static final Node PROV_SOFTWARE_AGENT = NodeFactory.createURI(PROV + "SoftwareAgent");
    public static final Node PROV_USED = NodeFactory.createURI(PROV + "used");
    public static final Node PROV_WAS_ASSOCIATED_WITH = NodeFactory.createURI(PROV + "wasAssociatedWith");
    public static final Node PROV_WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");

    private Vocabularies() {}
}
