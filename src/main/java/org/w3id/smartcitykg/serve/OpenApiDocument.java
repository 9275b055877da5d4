package org.w3id.smartcitykg.serve;

import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.CannedQueryRunner;
import org.w3id.smartcitykg.query.Paging;
import org.w3id.smartcitykg.query.QueryParameter;

/**
 * The web API as an OpenAPI 3.1 document: one GET operation per canned query, its parameters
 * typed as JSON Schema (dates, integers, patterns, enums), so generated clients work.
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static JsonObject of(CannedQueryRunner runner, String version) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.1.0");
        JsonObject info = new JsonObject();
        info.put("title", "smartcity-kg canned queries");
        info.put("version", version);
        info.put("description", "Questions about smart-city projects, partners, cities, meetings, people and funding, "
                + "answered from the knowledge graph. Values are bound as RDF terms, never pasted into SPARQL.");
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", "/");
        servers.add(server);
        doc.put("servers", servers);
        JsonObject paths = new JsonObject();
        paths.put("/api/queries", listOperation());
        for (CannedQuery q : runner.catalogue().all()) {
            paths.put("/api/queries/" + q.name(), queryOperation(q, runner.limits()));
        }
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    private static JsonObject listOperation() {
        JsonObject get = new JsonObject();
        get.put("operationId", "listQueries");
        get.put("summary", "The catalogue of canned queries, with their parameters");
        JsonObject responses = new JsonObject();
        responses.put("200", response("The catalogue", Map.of("application/json", ref("Catalogue"))));
        get.put("responses", responses);
        JsonObject item = new JsonObject();
        item.put("get", get);
        return item;
    }

    private static JsonObject queryOperation(CannedQuery q, Paging.Limits limits) {
        JsonObject get = new JsonObject();
        get.put("operationId", operationId(q.name()));
        get.put("summary", q.summary());
        get.put("description", q.description());
        JsonArray tags = new JsonArray();
        q.tags().forEach(tags::add);
        get.put("tags", tags);
        JsonArray params = new JsonArray();
        q.parameters().forEach(p -> params.add(parameter(p)));
        params.add(simple(Paging.LIMIT, "At most this many rows", integer(1, limits.maxLimit(), limits.defaultLimit())));
        params.add(simple(Paging.OFFSET, "Rows to skip", integer(0, null, 0)));
        JsonObject format = new JsonObject();
        format.put("type", "string");
        JsonArray formats = new JsonArray();
        QueryApiServlet.resultTypes().keySet().forEach(formats::add);
        format.put("enum", formats);
        params.add(simple("format", "Result format; overrides the Accept header", format));
        get.put("parameters", params);
        JsonObject responses = new JsonObject();
        Map<String, JsonObject> content = new java.util.LinkedHashMap<>();
        QueryApiServlet.resultTypes().values().forEach(type -> content.put(type,
                type.endsWith("json") ? ref("SparqlResults") : stringSchema()));
        responses.put("200", response("The rows, in the negotiated format", content));
        responses.put("400", response("A parameter is missing or does not fit its type", Map.of("application/json", ref("Error"))));
        responses.put("503", response("The query ran out of time", Map.of("application/json", ref("Error"))));
        get.put("responses", responses);
        JsonObject item = new JsonObject();
        item.put("get", get);
        return item;
    }

    /** {@code projects-in-city} becomes {@code projectsInCity}. */
    static String operationId(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static JsonObject parameter(QueryParameter p) {
        JsonObject schema = new JsonObject();
        schema.put("type", p.type().equals("integer") ? "integer" : "string");
        switch (p.type()) {
            case "date" -> schema.put("format", "date");
            case "iri" -> schema.put("format", p.rdfClass().isPresent() ? "iri-reference" : "iri");
            case "country" -> schema.put("pattern", "^[A-Za-z]{2}$");
            case "langstring" -> schema.put("pattern", "^.+@[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$");
            default -> { }
        }
        if (!p.allowedValues().isEmpty()) {
            JsonArray values = new JsonArray();
            p.allowedValues().forEach(values::add);
            schema.put("enum", values);
        }
        p.defaultValue().ifPresent(d -> schema.put("default", d));
        String description = p.description() + " (" + p.typeDescription() + ")";
        JsonObject param = simple(p.name(), description, schema);
        param.put("required", p.required());
        return param;
    }

    private static JsonObject simple(String name, String description, JsonObject schema) {
        JsonObject param = new JsonObject();
        param.put("name", name);
        param.put("in", "query");
        param.put("description", description);
        param.put("required", false);
        param.put("schema", schema);
        return param;
    }

    private static JsonObject integer(long min, Long max, long dflt) {
        JsonObject s = new JsonObject();
        s.put("type", "integer");
        s.put("minimum", min);
        if (max != null) {
            s.put("maximum", max);
        }
        s.put("default", dflt);
        return s;
    }

    private static JsonObject response(String description, Map<String, JsonObject> content) {
        JsonObject r = new JsonObject();
        r.put("description", description);
        JsonObject c = new JsonObject();
        content.forEach((type, schema) -> {
            JsonObject media = new JsonObject();
            media.put("schema", schema);
            c.put(type, media);
        });
        r.put("content", c);
        return r;
    }

    private static JsonObject ref(String name) {
        JsonObject r = new JsonObject();
        r.put("$ref", "#/components/schemas/" + name);
        return r;
    }

    private static JsonObject stringSchema() {
        JsonObject s = new JsonObject();
        s.put("type", "string");
        return s;
    }

    private static JsonObject components() {
        JsonObject schemas = new JsonObject();
        schemas.put("Error", objectSchema(Map.of("status", "integer", "error", "string", "parameter", "string"), "status", "error"));
        schemas.put("Catalogue", objectSchema(Map.of("queries", "array", "maxLimit", "integer"), "queries"));
        JsonObject results = objectSchema(Map.of("head", "object", "results", "object"), "head", "results");
        results.put("description", "SPARQL 1.1 Query Results JSON Format");
        schemas.put("SparqlResults", results);
        JsonObject components = new JsonObject();
        components.put("schemas", schemas);
        return components;
    }

    private static JsonObject objectSchema(Map<String, String> properties, String... required) {
        JsonObject s = new JsonObject();
        s.put("type", "object");
        JsonObject props = new JsonObject();
        new java.util.TreeMap<>(properties).forEach((name, type) -> {
            JsonObject p = new JsonObject();
            p.put("type", type);
            props.put(name, p);
        });
        s.put("properties", props);
        JsonArray req = new JsonArray();
        for (String r : required) {
            req.add(new JsonString(r));
        }
        s.put("required", req);
        return s;
    }
}
