package org.w3id.smartcitykg.rdf;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How the graph names things: every instance IRI is the base followed by a readable key, so the
 * same input gives the same IRIs on every run and every machine.
 */
public final class IriScheme {
    public static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    public static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    private final String base;

    public IriScheme(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("the base IRI must end with / or #: " + base);
        }
        this.base = base;
    }

    public static IriScheme standard() {
        return new IriScheme(SC.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node entity(String key) {
        return NodeFactory.createURI(base + key);
    }

    public Node document(String documentKey) {
        return NodeFactory.createURI(base + "document/" + documentKey);
    }

    /** The named graph that holds one document's facts. */
    public Node documentGraph(String documentKey) {
        return NodeFactory.createURI(base + "graph/" + documentKey);
    }

    /** The named graph of what the store records about its own contents (when each document changed). */
    public Node storeGraph() {
        return NodeFactory.createURI(base + "graph/store");
    }

    public Node ontologyGraph() {
        return NodeFactory.createURI(base + "graph/ontology");
    }

    /** The evidence for a span of a document; {@code tag} tells apart what the span supports. */
    public Node evidence(String documentKey, int begin, int end, String tag) {
        return NodeFactory.createURI(base + "evidence/" + documentKey + "/" + begin + "-" + end + (tag.isEmpty() ? "" : "-" + tag));
    }

    /** The conversion of one document, as a PROV activity. */
    public Node conversion(String documentKey) {
        return NodeFactory.createURI(base + "activity/convert/" + documentKey);
    }

    public Node converterAgent() {
        return NodeFactory.createURI(base + "agent/smartcity-kg");
    }

    public Node geometry(String entityKey) {
        return NodeFactory.createURI(base + entityKey + "/geometry");
    }

    /** The EU Publications Office authority IRI of an ISO 3166-1 alpha-2 country code. */
    public static Node euCountry(String alpha2) {
        // Kosovo has no ISO code (the JDK throws for it); the EU authority table lists it as XKX.
        String alpha3 = alpha2.equals("XK") ? "XKX" : new Locale("", alpha2).getISO3Country();
        return NodeFactory.createURI(EU_COUNTRY + alpha3);
    }

    /** The EU Publications Office authority IRI of a language tag. */
    public static Node euLanguage(String tag) {
        return NodeFactory.createURI(EU_LANGUAGE + Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT));
    }
}
