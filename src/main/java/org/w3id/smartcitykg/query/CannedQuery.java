package org.w3id.smartcitykg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A question from {@code queries/NAME.rq}: the SPARQL, parsed once, and its {@code #+} header
 * (summary, description, tags, parameters, paging), as grlc reads its decorators.
 *
 * <p>{@code #+ paging: subquery} says that the query opens with a sub-select that chooses its
 * rows, one row each, in their order: a page is then cut there, so that the rest of the pattern
 * describes only the things of that page instead of every thing in the graph.
 */
public record CannedQuery(String name, String summary, String description, List<String> tags,
                          List<QueryParameter> parameters, boolean pagedInSubquery, String sparql, Query parsed) {

    public CannedQuery {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
    }

    /**
     * Reads the {@code #+ key: value} lines at the head of a query file and parses the SPARQL.
     *
     * @throws IllegalArgumentException naming the query when its header or SPARQL is not valid,
     *         or it is not a SELECT
     */
    public static CannedQuery parse(String name, String text) {
        String summary = name;
        String description = "";
        List<String> tags = List.of();
        List<QueryParameter> params = new ArrayList<>();
        boolean pagedInSubquery = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#+")) {
                if (!l.isEmpty() && !l.startsWith("#")) {
                    break;
                }
                continue;
            }
            String body = l.substring(2).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            if (key.equals("summary")) {
                summary = value;
            } else if (key.equals("description")) {
                description = description.isEmpty() ? value : description + " " + value;
            } else if (key.equals("tags")) {
                tags = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            } else if (key.equals("paging")) {
                pagedInSubquery = paging(name, value);
            } else if (key.startsWith("param ")) {
                params.add(parameter(name, key.substring(6).strip(), value));
            }
        }
        Query parsed = select(name, text);
        if (pagedInSubquery && CannedQueryRunner.firstSubquery(parsed).isEmpty()) {
            throw new IllegalArgumentException(name + ": 'paging: subquery' needs a pattern that opens with a sub-select");
        }
        return new CannedQuery(name, summary, description, tags, params, pagedInSubquery, text, parsed);
    }

    private static boolean paging(String query, String value) {
        return switch (value) {
            case "subquery" -> true;
            case "query" -> false;
            default -> throw new IllegalArgumentException(query + ": paging is 'query' or 'subquery', not '" + value + "'");
        };
    }

    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    private static Query select(String name, String text) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ": not valid SPARQL (" + e.getMessage() + ")", e);
        }
        if (!q.isSelectType()) {
            throw new IllegalArgumentException(name + ": only SELECT queries can be canned");
        }
        return q;
    }

    private static QueryParameter parameter(String query, String name, String spec) {
        if (name.equals(Paging.LIMIT) || name.equals(Paging.OFFSET)) {
            throw new IllegalArgumentException(query + ": '" + name + "' is kept for paging, name the parameter otherwise");
        }
        String type = "string";
        boolean required = false;
        String defaultValue = null;
        List<String> allowed = List.of();
        String description = "";
        String rdfClass = null;
        for (String part : spec.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq).strip();
            String v = eq < 0 ? "" : p.substring(eq + 1).strip();
            switch (k) {
                case "type" -> type = v;
                case "required" -> required = true;
                case "default" -> defaultValue = v;
                case "enum" -> allowed = Arrays.stream(v.split("\\|")).map(String::strip).toList();
                case "description" -> description = v;
                case "class" -> rdfClass = v;
                default -> { }
            }
        }
        try {
            return new QueryParameter(name, type, required, Optional.ofNullable(defaultValue), allowed, description,
                    Optional.ofNullable(rdfClass));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(query + ": " + e.getMessage(), e);
        }
    }
}
