package org.w3id.smartcitykg.query;

import java.util.List;

/**
 * A question from {@code queries/NAME.rq}: the SPARQL and its {@code #+} header (summary,
 * description, tags, parameters), as grlc reads its decorators.
 */
public record CannedQuery(String name, String summary, String description, List<String> tags,
                          List<QueryParameter> parameters, String sparql) {

    /** Reads the {@code #+ key: value} lines at the head of a query file. */
    public static CannedQuery parse(String name, String text) {
        String summary = name;
        String description = "";
        List<String> tags = List.of();
        List<QueryParameter> params = new java.util.ArrayList<>();
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
                tags = java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            } else if (key.startsWith("param ")) {
                params.add(parameter(key.substring(6).strip(), value));
            }
        }
        return new CannedQuery(name, summary, description, tags, List.copyOf(params), text);
    }

    private static QueryParameter parameter(String name, String spec) {
        String type = "string";
        boolean required = false;
        String defaultValue = null;
        List<String> allowed = List.of();
        String description = "";
        for (String part : spec.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq).strip();
            String v = eq < 0 ? "" : p.substring(eq + 1).strip();
            switch (k) {
                case "type" -> type = v;
                case "required" -> required = true;
                case "default" -> defaultValue = v;
                case "enum" -> allowed = java.util.Arrays.stream(v.split("\\|")).map(String::strip).toList();
                case "description" -> description = v;
                default -> { }
            }
        }
        return new QueryParameter(name, type, required, java.util.Optional.ofNullable(defaultValue), allowed,
                description);
    }
}
