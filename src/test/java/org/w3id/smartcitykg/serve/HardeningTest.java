package org.w3id.smartcitykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * The endpoint as a hostile client meets it, on a real TDB2 store and a real server on loopback:
 * no outbound calls, timeouts that stop the work, a cap on queries at once, bounded bodies, CORS
 * without credentials, no TRACE, and the Graph Store's default graph the same union queries see.
 */
class HardeningTest {
    /** Enough triples that a three-way cartesian product runs far past the test's timeouts. */
    private static final int TRIPLES = 1500;
    private static final int GRAPHS = 3;
    private static final String CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String CARTESIAN_ROWS = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static KnowledgeStore store;
    private static SmartCityServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = KnowledgeStore.inMemory();
        var dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < TRIPLES; i++) {
                dsg.add(NodeFactory.createURI("urn:test:graph/" + (i % GRAPHS)), NodeFactory.createURI("urn:test:s/" + i),
                        NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("value " + i));
            }
        });
        server = SmartCityServer.create(dsg, ServerOptions.defaults().withPort(0)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withMaxRequestBytes(64 * 1024)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void serviceIsRefusedAndNothingIsFetched() throws Exception {
        HttpResponse<String> r = query(server, "SELECT ?x { SERVICE <" + server.baseUrl() + "$/metrics> { ?x ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
        assertFalse(r.body().contains("# HELP"), "a body of the other service was echoed: " + r.body());
        HttpResponse<String> variable = query(server, "SELECT ?x { BIND(<urn:x> AS ?s) SERVICE ?s { ?x ?p ?o } }");
        assertEquals(400, variable.statusCode(), variable.body());
        HttpResponse<String> nested = query(server,
                "SELECT ?x { { SELECT ?x { SERVICE <http://127.0.0.1:9/> { ?x ?p ?o } } } }");
        assertEquals(400, nested.statusCode(), nested.body());
    }

    @Test
    void allowedServiceHasATimeoutAndNeverEchoesItsBody() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket talkative = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             SmartCityServer open = SmartCityServer.create(store.datasetGraph(), ServerOptions.defaults().withPort(0)
                     .withServiceHosts(Set.of("127.0.0.1"), Duration.ofSeconds(1))).start()) {
            acceptForever(silent, s -> { });
            acceptForever(talkative, s -> s.getOutputStream().write(("HTTP/1.1 500 Oops\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 18\r\nConnection: close\r\n\r\nSECRET-INTERNAL-42").getBytes(StandardCharsets.US_ASCII)));
            long start = System.nanoTime();
            HttpResponse<String> slow = query(open, "SELECT ?x { SERVICE <http://127.0.0.1:" + silent.getLocalPort()
                    + "/sparql> { ?x ?p ?o } }");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(slow.statusCode() >= 400, slow.statusCode() + " " + slow.body());
            assertTrue(seconds < 8, "a silent SERVICE held the query " + seconds + " s");
            HttpResponse<String> failing = query(open, "SELECT ?x { SERVICE <http://127.0.0.1:" + talkative.getLocalPort()
                    + "/sparql> { ?x ?p ?o } }");
            assertTrue(failing.statusCode() >= 400, failing.statusCode() + " " + failing.body());
            assertFalse(failing.body().contains("SECRET-INTERNAL-42"), failing.body());
            HttpResponse<String> other = query(open, "SELECT ?x { SERVICE <http://localhost:9/> { ?x ?p ?o } }");
            assertEquals(400, other.statusCode(), "only the allowed host: " + other.body());
        }
    }

    @Test
    void aTimedOutQueryAnswers503AndStopsWorking() throws Exception {
        HttpResponse<String> r = query(server, CARTESIAN_COUNT);
        assertEquals(503, r.statusCode(), r.body());
        Thread.sleep(500);
        double busy = cpuSecondsOver(Duration.ofSeconds(2));
        assertTrue(busy < 1.0, "the server kept working after the timeout: " + busy + " CPU-seconds in 2 s");
    }

    @Test
    void aStreamedAnswerEndsAtTheOverallTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> r = HTTP.send(post(server, CARTESIAN_ROWS).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream in = r.body()) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException cut) {
            bytes = -1; // the server ended the stream; what matters is that it ended
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "a 2 s query streamed for " + seconds + " s (" + bytes + " bytes)");
    }

    @Test
    void queriesBeyondTheLimitGet503WithRetryAfterWhilePingAnswers() throws Exception {
        try (SmartCityServer one = SmartCityServer.create(store.datasetGraph(), ServerOptions.defaults().withPort(0)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)).withMaxConcurrentQueries(1)).start()) {
            CompletableFuture<HttpResponse<String>> busy = HTTP.sendAsync(post(one, CARTESIAN_COUNT).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500); // the first query is under way before the others are sent
            List<CompletableFuture<HttpResponse<String>>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3 + 2 * ConcurrencyLimitFilter.WAITING_PER_RUNNING; i++) {
                others.add(HTTP.sendAsync(post(one, "ASK {}").build(), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> refused = null;
            for (CompletableFuture<HttpResponse<String>> f : others) {
                if (f.join().statusCode() == 503) {
                    refused = f.join();
                }
            }
            assertTrue(refused != null, "more queries ran or waited beside the first than the limit allows; the first: "
                    + (busy.isDone() ? busy.join().statusCode() + " " + busy.join().body() : "running"));
            assertEquals(ConcurrencyLimitFilter.RETRY_AFTER_SECONDS, refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, get(one.baseUrl() + "$/ping").statusCode());
            assertEquals(200, get(one.baseUrl() + "ontology").statusCode(), "pages answer while queries are refused");
            busy.join();
        }
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsParsed() throws Exception {
        String huge = "SELECT * { ?s ?p ?o FILTER(?o = \"" + "a".repeat(200_000) + "\") }";
        HttpResponse<String> declared = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, declared.statusCode());
        // Without a declared length the server learns the size while reading; it may answer 413 and close
        // before the client has sent everything, and then the client sees the connection end instead.
        try {
            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            huge.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode());
        } catch (java.io.IOException closedWhileSending) {
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode(), "the server refused the body and still answers");
        }
        HttpResponse<String> form = HttpClient.newHttpClient().send(post(server, huge).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.statusCode() == 413 || form.statusCode() == 400, "a huge form: " + form.statusCode());
        String small = "ASK { ?s ?p \"" + "a".repeat(1000) + "\" }";
        HttpResponse<String> fine = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        small.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fine.statusCode(), "a small chunked query is read as usual: " + fine.body());
    }

    @Test
    void corsIsOpenWithoutCredentials() throws Exception {
        for (String origin : List.of("http://evil.example", "null")) {
            HttpResponse<String> pre = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""), origin);
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), origin);
        }
        try (SmartCityServer listed = SmartCityServer.create(store.datasetGraph(), ServerOptions.defaults().withPort(0)
                .withCorsOrigins(List.of("https://portal.example"))).start()) {
            HttpResponse<String> ok = getWithOrigin(listed.baseUrl() + "$/ping", "https://portal.example");
            assertEquals("https://portal.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(ok.headers().allValues("Vary").contains("Origin"), ok.headers().toString());
            HttpResponse<String> other = getWithOrigin(listed.baseUrl() + "$/ping", "http://evil.example");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        }
    }

    @Test
    void traceIsNotAllowed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    void theGraphStoreDefaultGraphIsTheUnionQueriesSee() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?default"))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertEquals(TRIPLES, g.size());
        HttpResponse<String> one = HTTP.send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph="
                + enc("urn:test:graph/0"))).header("Accept", "application/n-triples").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Graph g0 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(one.body(), Lang.NTRIPLES).parse(g0);
        assertEquals(TRIPLES / GRAPHS, g0.size());
    }

    private interface Answer {
        void to(Socket socket) throws IOException;
    }

    /** A listener on loopback that answers every connection its way, for as long as it is open. */
    private static void acceptForever(ServerSocket listener, Answer answer) {
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    answer.to(s);
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-listener");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Processor time the process's Java threads used over {@code window}: the JIT compiler's and
     * the garbage collector's own threads, which may still be busy after a large query, are not
     * the server working on it.
     */
    private static double cpuSecondsOver(Duration window) throws InterruptedException {
        java.util.Map<Long, Long> before = javaThreadCpu();
        Thread.sleep(window.toMillis());
        long used = 0;
        for (var e : javaThreadCpu().entrySet()) {
            used += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return used / 1e9;
    }

    private static java.util.Map<Long, Long> javaThreadCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().contains("CompilerThread")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }

    private static HttpRequest.Builder post(SmartCityServer s, String query) {
        return HttpRequest.newBuilder(URI.create(s.sparqlUrl())).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query)));
    }

    private static HttpResponse<String> query(SmartCityServer s, String query) throws IOException, InterruptedException {
        return HTTP.send(post(s, query).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getWithOrigin(String url, String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
