package org.w3id.smartcitykg.query;

import java.util.List;
import java.util.Optional;

/**
 * A parameter of a canned query, declared in its header:
 * {@code #+ param city: type=city; required; description=...}.
 *
 * @param type one of {@link #TYPES}
 * @param rdfClass for {@code iri}: the ontology class (local name) its value must be an instance of;
 *                 a label of such an instance is accepted in place of the IRI
 */
public record QueryParameter(String name, String type, boolean required, Optional<String> defaultValue,
                             List<String> allowedValues, String description, Optional<String> rdfClass) {

    /** The declarable types: plain and language-tagged strings, IRIs, numbers, dates, codes, places. */
    public static final List<String> TYPES = List.of("string", "name", "langstring", "iri", "integer", "date", "country",
            "city");

    public QueryParameter {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("parameter '" + name + "': unknown type '" + type + "', not one of "
                    + TYPES);
        }
        allowedValues = List.copyOf(allowedValues);
    }

    /** A one-line account of what the parameter takes, for help texts. */
    public String typeDescription() {
        String what = switch (type) {
            case "langstring" -> "text@lang";
            case "name" -> "a name as written, in any language; capitals ignored";
            case "iri" -> rdfClass.map(c -> c + " IRI or label").orElse("IRI");
            case "date" -> "YYYY-MM-DD";
            case "country" -> "two-letter country code";
            case "city" -> "city name in any language or form, or IRI";
            default -> type;
        };
        return allowedValues.isEmpty() ? what : String.join("|", allowedValues);
    }
}
