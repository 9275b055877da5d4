package org.w3id.smartcitykg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * Turns parameter values into RDF terms of their declared types. The terms are substituted into
 * the parsed query, never pasted into its text: a value full of quotes or braces is just a string.
 */
public final class ParameterBinder {
    private ParameterBinder() {}

    public static Map<String, Node> bind(CannedQuery query, Map<String, String> values) throws ParameterException {
        Map<String, Node> bound = new LinkedHashMap<>();
        for (String given : values.keySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(given))) {
                throw new ParameterException(given, "query '" + query.name() + "' has no such parameter");
            }
        }
        for (QueryParameter p : query.parameters()) {
            String value = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null) {
                if (p.required()) {
                    throw new ParameterException(p.name(), "is required");
                }
                continue;
            }
            if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                throw new ParameterException(p.name(), "must be one of " + p.allowedValues());
            }
            bound.put(p.name(), term(p, value));
        }
        return bound;
    }

    static Node term(QueryParameter p, String value) throws ParameterException {
        switch (p.type()) {
            case "iri" -> {
                if (!IRIs.check(value) || !value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
                    throw new ParameterException(p.name(), "'" + value + "' is not an absolute IRI");
                }
                return NodeFactory.createURI(value);
            }
            case "integer" -> {
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())),
                            XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new ParameterException(p.name(), "'" + value + "' is not an integer");
                }
            }
            case "date" -> {
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new ParameterException(p.name(), "'" + value + "' is not a date (YYYY-MM-DD)");
                }
            }
            case "country" -> {
                if (!value.strip().matches("[A-Za-z]{2}")) {
                    throw new ParameterException(p.name(), "'" + value + "' is not a two-letter country code");
                }
                return NodeFactory.createLiteralString(value.strip().toUpperCase(java.util.Locale.ROOT));
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }
}
