package org.w3id.smartcitykg.rdf;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.smartcitykg.vocab.SC;

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

    /** The key of a document IRI of this scheme, the inverse of {@link #document}. */
    public java.util.Optional<String> documentKey(Node document) {
        String prefix = base + "document/";
        if (!document.isURI() || !document.getURI().startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(document.getURI().substring(prefix.length()));
    }

    /** The named graph that holds one document's facts. */
    public Node documentGraph(String documentKey) {
        return NodeFactory.createURI(base + "graph/" + documentKey);
    }

    /** The named graph of what the store records about its own contents (when each document changed). */
    public Node storeGraph() {
        return NodeFactory.createURI(base + "graph/store");
    }

    /**
     * The named graph that describes the converter itself (its rules and the agent that ran
     * them): shared by every document, written once, and kept when documents go.
     */
    public Node converterGraph() {
        return NodeFactory.createURI(base + "graph/converter");
    }

    public Node ontologyGraph() {
        return NodeFactory.createURI(base + "graph/ontology");
    }

    /** The evidence for a span of a document; {@code tag} tells apart what the span supports. */
    public Node evidence(String documentKey, int begin, int end, String tag) {
        return NodeFactory.createURI(base + "evidence/" + documentKey + "/" + begin + "-" + end + (tag.isEmpty() ? "" : "-" + tag));
    }

    /**
     * A span of a document's text, named as RFC 5147 names a part of a plain-text document: the
     * document's IRI with {@code #char=BEGIN,END} in code points. The name itself says which
     * document and where, so the graph need not say it again.
     */
    public Node span(String documentKey, int begin, int end) {
        return NodeFactory.createURI(base + "document/" + documentKey + "#char=" + begin + "," + end);
    }

    /** A rule of the converter with the confidence it gives what it reads. */
    public Node rule(String recogniser, String confidence) {
        return NodeFactory.createURI(base + "rule/" + slug(recogniser) + "/" + confidence);
    }

    /** A confidence as the lexical form of an {@code xsd:decimal}, two places at most ("0.9", "1.0"). */
    static String confidence(double confidence) {
        String value = java.math.BigDecimal.valueOf(confidence).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return value.contains(".") ? value : value + ".0";
    }

    private static String slug(String name) {
        StringBuilder b = new StringBuilder();
        for (byte c : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (Character.isLetterOrDigit(c) && c > 0 || c == '.' || c == '-' || c == '_' || c == '+' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
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
        Node known = AuthorityTables.COUNTRIES.get(alpha2);
        return known != null ? known : NodeFactory.createURI(EU_COUNTRY + alpha3(alpha2));
    }

    /** The EU Publications Office authority IRI of a language tag. */
    public static Node euLanguage(String tag) {
        Node known = AuthorityTables.LANGUAGES.get(tag);
        return known != null ? known : NodeFactory.createURI(EU_LANGUAGE + iso3Language(tag));
    }

    private static String alpha3(String alpha2) {
        // Kosovo has no ISO code (the JDK throws for it); the EU authority table lists it as XKX.
        return alpha2.equals("XK") ? "XKX" : new Locale("", alpha2).getISO3Country();
    }

    private static String iso3Language(String tag) {
        return Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT);
    }

    /**
     * The authority IRI of every ISO country and language code, made once: the JDK finds a
     * three-letter code by searching a long string, and a document names a country in most of
     * its entities.
     */
    private static final class AuthorityTables {
        static final java.util.Map<String, Node> COUNTRIES = table(Locale.getISOCountries(), IriScheme::alpha3, EU_COUNTRY);
        static final java.util.Map<String, Node> LANGUAGES = table(Locale.getISOLanguages(), IriScheme::iso3Language, EU_LANGUAGE);

        private static java.util.Map<String, Node> table(String[] codes, java.util.function.UnaryOperator<String> three,
                                                         String namespace) {
            java.util.Map<String, Node> table = new java.util.HashMap<>();
            for (String code : codes) {
                try {
                    table.put(code, NodeFactory.createURI(namespace + three.apply(code)));
                } catch (java.util.MissingResourceException noThreeLetterCode) {
                    // asked again, and refused again, when a document names it
                }
            }
            return java.util.Map.copyOf(table);
        }
    }
}
