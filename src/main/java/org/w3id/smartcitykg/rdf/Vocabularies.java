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

    /** SPARQL 1.1 Service Description. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final Node SD_SERVICE = NodeFactory.createURI(SD + "Service");
    public static final Node SD_ENDPOINT = NodeFactory.createURI(SD + "endpoint");
    public static final Node SD_SUPPORTED_LANGUAGE = NodeFactory.createURI(SD + "supportedLanguage");
    public static final Node SD_SPARQL11_QUERY = NodeFactory.createURI(SD + "SPARQL11Query");
    public static final Node SD_RESULT_FORMAT = NodeFactory.createURI(SD + "resultFormat");
    public static final Node SD_FEATURE = NodeFactory.createURI(SD + "feature");
    public static final Node SD_UNION_DEFAULT_GRAPH = NodeFactory.createURI(SD + "UnionDefaultGraph");
    public static final Node SD_DEFAULT_DATASET = NodeFactory.createURI(SD + "defaultDataset");
    public static final Node SD_DATASET = NodeFactory.createURI(SD + "Dataset");
    public static final Node SD_DEFAULT_GRAPH = NodeFactory.createURI(SD + "defaultGraph");
    public static final Node SD_NAMED_GRAPH = NodeFactory.createURI(SD + "namedGraph");
    public static final Node SD_NAMED_GRAPH_CLASS = NodeFactory.createURI(SD + "NamedGraph");
    public static final Node SD_NAME = NodeFactory.createURI(SD + "name");
    public static final Node SD_GRAPH = NodeFactory.createURI(SD + "graph");
    public static final Node SD_GRAPH_CLASS = NodeFactory.createURI(SD + "Graph");
    /** W3C's IRIs for formats ({@code http://www.w3.org/ns/formats/Turtle}). */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** SPDX checksums, as DCAT-AP uses them for distributions. */
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final Node SPDX_CHECKSUM = NodeFactory.createURI(SPDX + "checksum");
    public static final Node SPDX_CHECKSUM_CLASS = NodeFactory.createURI(SPDX + "Checksum");
    public static final Node SPDX_ALGORITHM = NodeFactory.createURI(SPDX + "algorithm");
    public static final Node SPDX_SHA256 = NodeFactory.createURI(SPDX + "checksumAlgorithm_sha256");
    public static final Node SPDX_CHECKSUM_VALUE = NodeFactory.createURI(SPDX + "checksumValue");

    /** The EU Publications Office's authority tables. */
    public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    public static final String EU_LANGUAGE_ENG_IRI = EU_AUTHORITY + "language/ENG";
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private Vocabularies() {}
}
