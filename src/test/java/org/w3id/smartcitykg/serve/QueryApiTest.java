package org.w3id.smartcitykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.store.KnowledgeStore;

/** The canned-query web API over real HTTP on a free port, on the seeds' store. */
class QueryApiTest {
    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static SmartCityServer server;
    private static QueryCatalogue catalogue;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = Fixtures.seedStore(dir.resolve("store"));
        catalogue = QueryCatalogue.fromFolder(Path.of("queries"));
        server = SmartCityServer.builder(store.datasetGraph()).options(ServerOptions.defaults().withPort(0))
                .catalogue(catalogue).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void projectsInCityTakesAnInflectedNameAndAnswersCsv() throws Exception {
        HttpResponse<String> r = get("api/queries/projects-in-city?city=Sierpcu&format=csv", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().contains("SIERPC 2.0 – Rozwiązania EcoSmart z zakresu zarządzania miastem"), r.body());
        // The partners and programmes are aggregated per project: an unbound value in the rows
        // would turn the whole aggregate into an error, that is an empty cell.
        assertTrue(r.body().contains("Politechnika Warszawska"), r.body());
        assertTrue(r.body().contains("Program Operacyjny Pomoc Techniczna 2014-2020"), r.body());
    }

    @Test
    void resultFormatsByAcceptHeaderAndByFormat() throws Exception {
        String path = "api/queries/projects-in-city?city=" + enc("Писек");
        HttpResponse<String> json = get(path, "application/sparql-results+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("+CityxChange", rs.next().getLiteral("projectLabel").getLexicalForm());
        assertTrue(get(path, "text/tab-separated-values").body().startsWith("?project\t"));
        HttpResponse<String> html = get(path, "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<table") && html.body().contains("+CityxChange"), html.body());
        assertTrue(html.body().contains("href=\"/id/project/cityxchange\""), "labels link to local pages");
        assertTrue(get(path + "&format=tsv", "text/html").body().startsWith("?project\t"), "?format= wins");
    }

    @Test
    void theCatalogueListsEveryQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = get("api/queries", "application/json");
        assertEquals(200, r.statusCode());
        JsonArray queries = JSON.parse(r.body()).get("queries").getAsArray();
        assertTrue(queries.size() >= 12, "only " + queries.size());
        JsonObject projectsInCity = queries.stream().map(JsonValue::getAsObject)
                .filter(q -> q.get("name").getAsString().value().equals("projects-in-city")).findFirst().orElseThrow();
        JsonObject city = projectsInCity.get("parameters").getAsArray().get(0).getAsObject();
        assertEquals("city", city.get("name").getAsString().value());
        assertEquals("city", city.get("type").getAsString().value());
        assertTrue(city.get("required").getAsBoolean().value());
        assertTrue(get("api/queries", "text/html").body().contains("<form"), "the HTML catalogue has forms");
        assertTrue(get("api/queries", "*/*").headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "a client without preference gets JSON");
    }

    @Test
    void theOpenApiDocumentHasAnOperationPerQueryWithTypedParameters() throws Exception {
        HttpResponse<String> r = get("api/openapi.json", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject doc = JSON.parse(r.body());
        assertTrue(doc.get("openapi").getAsString().value().startsWith("3.1"));
        JsonObject paths = doc.get("paths").getAsObject();
        Set<String> operationIds = new HashSet<>();
        for (CannedQuery q : catalogue.all()) {
            JsonObject op = paths.get("/api/queries/" + q.name()).getAsObject().get("get").getAsObject();
            assertTrue(operationIds.add(op.get("operationId").getAsString().value()), "operationIds are unique");
            List<JsonObject> params = op.get("parameters").getAsArray().stream().map(JsonValue::getAsObject).toList();
            for (var p : q.parameters()) {
                JsonObject declared = params.stream().filter(j -> j.get("name").getAsString().value().equals(p.name()))
                        .findFirst().orElseThrow(() -> new AssertionError(q.name() + " lacks " + p.name()));
                assertEquals(p.required(), declared.get("required").getAsBoolean().value(), q.name() + " " + p.name());
                JsonObject schema = declared.get("schema").getAsObject();
                if (p.type().equals("date")) {
                    assertEquals("date", schema.get("format").getAsString().value());
                }
                if (!p.allowedValues().isEmpty()) {
                    assertEquals(p.allowedValues().size(), schema.get("enum").getAsArray().size());
                }
            }
            JsonObject limit = params.stream().filter(j -> j.get("name").getAsString().value().equals("limit"))
                    .findFirst().orElseThrow().get("schema").getAsObject();
            assertEquals(10_000, limit.get("maximum").getAsNumber().value().intValue());
            assertTrue(op.get("responses").getAsObject().hasKey("400"));
        }
        assertTrue(operationIds.contains("projectsInCity"));
    }

    @Test
    void badRequestsAnswer400NamingTheParameterAndUnknownQueries404() throws Exception {
        HttpResponse<String> missing = get("api/queries/projects-in-city", "*/*");
        assertEquals(400, missing.statusCode());
        assertEquals("city", JSON.parse(missing.body()).get("parameter").getAsString().value());
        HttpResponse<String> badDate = get("api/queries/meetings-by-date?from=yesterday", "*/*");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("from"), badDate.body());
        assertEquals(400, get("api/queries/cities-by-projects?limit=100000", "*/*").statusCode());
        assertEquals(400, get("api/queries/cities-by-projects?format=xlsx", "*/*").statusCode());
        assertEquals(404, get("api/queries/no-such-query", "*/*").statusCode());
    }

    /**
     * Values that would break or rewrite SPARQL pasted in as text: each is only a value here, so the
     * answer is no rows or a 400, and the store holds exactly what it held.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "\"", "'", "\"} ; DROP ALL ; #", "x\" } UNION { ?s ?p ?o } #", "\\u0022) } #", ">", "a\nb",
        "<http://example.org/a b>", "\"\"\"", "}}}", "DELETE WHERE { ?s ?p ?o }", "${city}", "?city"})
    void injectionAttemptsAreJustValues(String attack) throws Exception {
        long before = store.countQuads();
        for (String path : List.of("api/queries/about-entity?name=", "api/queries/projects-in-city?city=",
                "api/queries/evidence-for?entity=", "api/queries/partners-of-project?project=",
                "api/queries/meetings-by-date?from=")) {
            HttpResponse<String> r = get(path + enc(attack) + "&format=csv", "*/*");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 200 && r.body().strip().lines().count() == 1,
                    path + attack + " -> " + r.statusCode() + "\n" + r.body());
        }
        assertEquals(before, store.countQuads(), "the store changed");
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
