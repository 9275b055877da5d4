package org.w3id.smartcitykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.store.KnowledgeStore;

/** The served store, asked over real HTTP on a free loopback port. */
class ServerTest {
    private static final String COUNT_CITIES = "PREFIX sc: <https://w3id.org/smartcity-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a sc:City }";

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static SmartCityServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = Fixtures.seedStore(dir.resolve("store"));
        server = SmartCityServer.create(store.datasetGraph(), ServerOptions.defaults().withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void getAnswersJson() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(COUNT_CITIES), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        int cities = rs.next().getLiteral("n").getInt();
        assertTrue(cities >= 10, "the seeds name at least ten cities, got " + cities);
    }

    @Test
    void postAnswersCsv() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_CITIES)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("n\r\n"), r.body());
    }

    @Test
    void tsvAndXmlByContentNegotiation() throws Exception {
        assertTrue(get(server.sparqlUrl() + "?query=" + enc(COUNT_CITIES), "text/tab-separated-values").body()
                .startsWith("?n"));
        assertTrue(get(server.sparqlUrl() + "?query=" + enc(COUNT_CITIES), "application/sparql-results+xml").body()
                .contains("<sparql"));
    }

    @Test
    void everyCoreClassHasInstancesInTheServedGraph() throws Exception {
        String q = "PREFIX sc: <https://w3id.org/smartcity-kg/ontology#> SELECT ?c (COUNT(?x) AS ?n) WHERE { "
                + "VALUES ?c { sc:City sc:Project sc:Partner sc:FundingProgramme sc:Meeting sc:Person } "
                + "?x a ?c } GROUP BY ?c";
        String csv = get(server.sparqlUrl() + "?query=" + enc(q), "text/csv").body();
        for (String cls : new String[] {"City", "Project", "Partner", "FundingProgramme", "Meeting", "Person"}) {
            assertTrue(csv.contains("#" + cls + ","), cls + " missing in\n" + csv);
        }
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertRefused(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), "update on the query endpoint");
        assertRefused(HttpRequest.newBuilder(URI.create(server.baseUrl() + "smartcity/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), "no update endpoint");
        assertRefused(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(), "graph store write");
        String ask = "ASK { <urn:x> ?p ?o }";
        assertTrue(get(server.sparqlUrl() + "?query=" + enc(ask), "application/sparql-results+json").body()
                .contains("false"));
    }

    /**
     * A refused write answers 4xx; the server may close the connection after it without reading
     * the body, so each one goes on a connection of its own.
     */
    private static void assertRefused(HttpRequest request, String what) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": " + r.statusCode());
    }

    @Test
    void graphStoreReadsTheOntologyGraph() throws Exception {
        String graph = IriScheme.standard().ontologyGraph().getURI();
        HttpResponse<String> r = get(server.graphStoreUrl() + "?graph=" + enc(graph), "text/turtle");
        assertEquals(200, r.statusCode());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 500, "the ontology graph, " + g.size() + " triples");
    }

    @Test
    void pingAndCors() throws Exception {
        assertEquals(200, get(server.baseUrl() + "$/ping", "*/*").statusCode());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + enc(COUNT_CITIES)))
                .header("Origin", "http://example.org").header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> metrics = get(server.baseUrl() + "$/metrics", "*/*");
        assertEquals(200, metrics.statusCode());
        // The metrics are made on first request, yet count the queries answered before it.
        assertTrue(java.util.regex.Pattern.compile("fuseki_requests\\{[^}]*operation=\"query\"[^}]*} [1-9]")
                .matcher(metrics.body()).find(), metrics.body());
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
