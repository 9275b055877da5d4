package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.CannedQueryRunner;
import org.w3id.smartcitykg.query.ParameterException;
import org.w3id.smartcitykg.query.QueryParameter;
import org.w3id.smartcitykg.query.ResultFormat;

/**
 * The canned queries as a web API: {@code GET /api/queries} lists them, {@code GET
 * /api/queries/NAME?param=value} runs one, answering SPARQL JSON, CSV, TSV or an HTML table.
 * Values are bound as RDF terms by the runner; a bad value is a 400 naming the parameter.
 */
final class QueryApiServlet extends HttpServlet {
    private static final Map<String, String> RESULT_TYPES = offers();
    /** JSON first: a client that states no preference gets the machine-readable catalogue. */
    private static final Map<String, String> CATALOGUE_TYPES = catalogueTypes();

    private final transient CannedQueryRunner runner;
    private final transient ResultPages pages;

    QueryApiServlet(CannedQueryRunner runner, ResultPages pages) {
        this.runner = runner;
        this.pages = pages;
    }

    private static Map<String, String> offers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("json", ResultFormat.JSON.mediaType());
        m.put("csv", ResultFormat.CSV.mediaType());
        m.put("tsv", ResultFormat.TSV.mediaType());
        m.put("html", "text/html");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> catalogueTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("json", "application/json");
        m.put("html", "text/html");
        return java.util.Collections.unmodifiableMap(m);
    }

    static Map<String, String> resultTypes() {
        return RESULT_TYPES;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            list(req, resp);
            return;
        }
        String name = path.substring(1);
        if (name.contains("/") || runner.catalogue().get(name).isEmpty()) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + name + "'", null);
            return;
        }
        run(req, resp, runner.catalogue().get(name).get());
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = Negotiation.choose(req, CATALOGUE_TYPES).orElse("json");
        if (format.equals("html")) {
            send(resp, "text/html", pages.catalogue(runner.catalogue()));
            return;
        }
        JsonArray all = new JsonArray();
        for (CannedQuery q : runner.catalogue().all()) {
            all.add(describe(q));
        }
        JsonObject body = new JsonObject();
        body.put("queries", all);
        body.put("maxLimit", runner.limits().maxLimit());
        sendJson(resp, HttpServletResponse.SC_OK, body);
    }

    private static JsonObject describe(CannedQuery q) {
        JsonObject o = new JsonObject();
        o.put("name", q.name());
        o.put("summary", q.summary());
        o.put("description", q.description());
        JsonArray tags = new JsonArray();
        q.tags().forEach(tags::add);
        o.put("tags", tags);
        JsonArray params = new JsonArray();
        for (QueryParameter p : q.parameters()) {
            JsonObject j = new JsonObject();
            j.put("name", p.name());
            j.put("type", p.type());
            p.rdfClass().ifPresent(c -> j.put("class", c));
            j.put("required", p.required());
            p.defaultValue().ifPresent(d -> j.put("default", d));
            if (!p.allowedValues().isEmpty()) {
                JsonArray values = new JsonArray();
                p.allowedValues().forEach(values::add);
                j.put("enum", values);
            }
            j.put("description", p.description());
            params.add(j);
        }
        o.put("parameters", params);
        o.put("href", "/api/queries/" + q.name());
        return o;
    }

    private void run(HttpServletRequest req, HttpServletResponse resp, CannedQuery q) throws IOException {
        var format = Negotiation.choose(req, RESULT_TYPES);
        if (format.isEmpty()) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "format must be one of " + RESULT_TYPES.keySet(), "format");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format")) {
                values.put(k, v[v.length - 1]);
            }
        });
        try {
            if (format.get().equals("html")) {
                send(resp, "text/html", pages.results(q, values, runner.run(q, values)));
                return;
            }
            ResultFormat rf = ResultFormat.valueOf(format.get().toUpperCase(java.util.Locale.ROOT));
            byte[] answer = runner.render(q, values, rf);
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(rf.mediaType() + "; charset=utf-8");
            resp.setContentLength(answer.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(answer);
            }
        } catch (ParameterException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), e.parameter());
        } catch (QueryCancelledException e) {
            error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query ran out of time", null);
        }
    }

    static void error(HttpServletResponse resp, int status, String message, String parameter) throws IOException {
        JsonObject body = new JsonObject();
        body.put("status", status);
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        sendJson(resp, status, body);
    }

    static void sendJson(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, body);
        }
    }

    static void send(HttpServletResponse resp, String type, String text) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + "; charset=utf-8");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
