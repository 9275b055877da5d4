package org.w3id.smartcitykg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Resource;
import org.w3id.smartcitykg.vocab.SC;

/**
 * Turns parameter values into RDF terms of their declared types. The terms are substituted into
 * the parsed query, never pasted into its text: a value full of quotes or braces is just a string.
 */
public final class ParameterBinder {
    private static final java.util.regex.Pattern LANG_TAG = java.util.regex.Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private final TermLookup lookup;

    public ParameterBinder(TermLookup lookup) {
        this.lookup = lookup;
    }

    /** The values of one call: one term per parameter, or, for a name, every form it may be stored in. */
    public record Bindings(Map<String, Node> terms, Map<String, List<Node>> alternatives) {
        public boolean isEmpty() {
            return terms.isEmpty() && alternatives.isEmpty();
        }
    }

    public Bindings bind(CannedQuery query, Map<String, String> values) throws ParameterException {
        for (String given : values.keySet()) {
            if (query.parameter(given).isEmpty()) {
                throw new ParameterException(given, "query '" + query.name() + "' has no such parameter");
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        Map<String, List<Node>> alternatives = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters()) {
            String value = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null || value.isBlank()) {
                if (p.required()) {
                    throw new ParameterException(p.name(), "is required");
                }
                continue;
            }
            if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                throw new ParameterException(p.name(), "must be one of " + p.allowedValues());
            }
            if (p.type().equals("name")) {
                alternatives.put(p.name(), NameForms.of(value));
            } else {
                bound.put(p.name(), term(p, value));
            }
        }
        return new Bindings(bound, alternatives);
    }

    Node term(QueryParameter p, String value) throws ParameterException {
        return switch (p.type()) {
            case "iri" -> p.rdfClass().isPresent() && !isAbsoluteIri(value) ? instance(p, value) : iri(p, value);
            case "city" -> isAbsoluteIri(value) ? iri(p, value) : city(p, value);
            case "integer" -> integer(p, value);
            case "date" -> date(p, value);
            case "country" -> country(p, value);
            case "langstring" -> langString(p, value);
            default -> NodeFactory.createLiteralString(value);
        };
    }

    private static boolean isAbsoluteIri(String value) {
        return value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+") && IRIs.check(value);
    }

    private static Node iri(QueryParameter p, String value) throws ParameterException {
        if (!isAbsoluteIri(value)) {
            throw new ParameterException(p.name(), "'" + value + "' is not an absolute IRI");
        }
        return NodeFactory.createURI(value);
    }

    /** A label in place of an IRI: it must name exactly one thing of the parameter's class. */
    private Node instance(QueryParameter p, String label) throws ParameterException {
        Resource rdfClass = SC.classNamed(p.rdfClass().get()).orElseThrow(() ->
                new ParameterException(p.name(), "declares the unknown class '" + p.rdfClass().get() + "'"));
        List<Node> found = lookup.labelled(rdfClass.asNode(), label.strip());
        if (found.isEmpty()) {
            throw new ParameterException(p.name(), "no " + rdfClass.getLocalName() + " is labelled '" + label
                    + "' (give a label the graph has, or an IRI)");
        }
        if (found.size() > 1) {
            throw new ParameterException(p.name(), "'" + label + "' names " + found.size() + " things: give an IRI, one of "
                    + found.stream().map(Node::getURI).toList());
        }
        return found.get(0);
    }

    /** The first of the city's gazetteer candidates the graph knows, else the likeliest one. */
    private Node city(QueryParameter p, String name) throws ParameterException {
        List<Node> candidates = lookup.cities(name.strip());
        if (candidates.isEmpty()) {
            throw new ParameterException(p.name(), "'" + name + "' is not a place the gazetteer knows");
        }
        return candidates.stream().filter(lookup::known).findFirst().orElse(candidates.get(0));
    }

    private static Node integer(QueryParameter p, String value) throws ParameterException {
        try {
            return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
        } catch (NumberFormatException e) {
            throw new ParameterException(p.name(), "'" + value + "' is not an integer");
        }
    }

    private static Node date(QueryParameter p, String value) throws ParameterException {
        try {
            return NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new ParameterException(p.name(), "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Node country(QueryParameter p, String value) throws ParameterException {
        if (!value.strip().matches("[A-Za-z]{2}")) {
            throw new ParameterException(p.name(), "'" + value + "' is not a two-letter country code");
        }
        return NodeFactory.createLiteralString(value.strip().toUpperCase(Locale.ROOT));
    }

    /** {@code text@lang}: the text before the last {@code @}, tagged with a well-formed language tag. */
    private static Node langString(QueryParameter p, String value) throws ParameterException {
        int at = value.lastIndexOf('@');
        if (at <= 0 || !LANG_TAG.matcher(value.substring(at + 1)).matches()) {
            throw new ParameterException(p.name(), "'" + value + "' is not text@lang (e.g. Kraków@pl)");
        }
        return NodeFactory.createLiteralLang(value.substring(0, at), value.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
