package org.w3id.smartcitykg.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.w3id.smartcitykg.corpus.CorpusGenerator;
import org.w3id.smartcitykg.corpus.CorpusWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.smartcitykg.ingest.TextFileReader;
import org.w3id.smartcitykg.store.FileTrees;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * The scale benchmark: a generated corpus of N documents served from nothing, the way a user
 * would, each step in a JVM of its own on loopback. It reports the time to the first answer and
 * the peak memory of the build, start-up on a ready store against bare Fuseki on the same store,
 * the load rate against {@code tdb2.tdbloader} on the same N-Quads, the time until one changed
 * document is answered, and query latencies under concurrent clients.
 */
public final class ScaleBenchmark {
    private static final String MAIN = "org.w3id.smartcitykg.cli.Main";
    private static final String FUSEKI = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private static final Pattern BUILT = Pattern.compile("from (\\d+) of (\\d+) documents \\((\\d+) quads\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What to run: corpus size and seed, where to work, which jar, clients and how long to query. */
    public record Settings(int size, long seed, Path workDirectory, Path jar, int clients, Duration queryTime,
                           List<String> jvmOptions, java.util.Set<Step> steps) {}

    /** The rows of the benchmark; a run without {@code BUILD} measures the store an earlier run built. */
    public enum Step { BUILD, START, LOAD, MEMORY, SERVING }

    private final Settings settings;
    private final PrintWriter out;

    public ScaleBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() throws Exception {
        Path corpus = corpus();
        Path store = settings.workDirectory().resolve("store");
        if (settings.steps().contains(Step.BUILD)) {
            FileTrees.delete(store);
            FileTrees.delete(settings.workDirectory().resolve("dumps"));
            buildFromNothing(corpus, store);
        } else if (!Files.isDirectory(store)) {
            throw new IOException("no store in " + store + " to measure: run the build step first");
        }
        if (settings.steps().contains(Step.START)) {
            startOnReadyStore(corpus, store);
        }
        if (settings.steps().contains(Step.LOAD)) {
            loadRateAgainstTdbLoader(store);
        }
        if (settings.steps().contains(Step.MEMORY)) {
            memoryUnderLoad(corpus, store);
        }
        if (settings.steps().contains(Step.SERVING)) {
            servingUnderLoad(corpus, store);
        }
    }

    private Path corpus() throws IOException {
        Path dir = settings.workDirectory().resolve("corpus-" + settings.size() + "-" + settings.seed());
        if (Files.isRegularFile(dir.resolve("manifest.csv")) && countDocuments(dir) == settings.size()) {
            out.printf("corpus: %d documents in %s (reused)%n", settings.size(), dir);
            return dir;
        }
        FileTrees.delete(dir);
        long start = System.nanoTime();
        var stats = CorpusWriter.write(new CorpusGenerator(settings.seed(), CorpusGenerator.DEFAULT_LANGUAGES),
                settings.size(), dir);
        out.printf("corpus: %s, generated in %.1f s%n", stats, seconds(start));
        out.flush();
        return dir;
    }

    /** Row "N documents from nothing to first answer" and "quads per document". */
    private void buildFromNothing(Path corpus, Path store) throws Exception {
        int port = freePort();
        Path log = settings.workDirectory().resolve("build.log");
        double seconds;
        long peak;
        long peakOwn;
        long peakFiles;
        try (ChildProcess serve = serve(store, corpus, port, false, log)) {
            seconds = serve.secondsToFirstAnswer(sparql(port), Duration.ofHours(2));
            peak = serve.peakResidentMiB();
            peakOwn = serve.peakAnonymousMiB();
            peakFiles = serve.peakFileMiB();
        }
        Matcher m = BUILT.matcher(Files.readString(log));
        if (!m.find()) {
            throw new IOException("the build did not report what it converted; see " + log);
        }
        long quads = Long.parseLong(m.group(3));
        int converted = Integer.parseInt(m.group(1));
        out.printf("from nothing to first answer: %.1f s for %d documents (%d converted, %d quads, %.0f quads/document, "
                + "%.0f documents/s, %.0f quads/s end to end); peak RSS %d MiB, of which the process's own "
                + "(not the store's mapped files) at most %d MiB, file-backed at most %d MiB%n", seconds,
                settings.size(), converted, quads, (double) quads / Math.max(1, converted), converted / seconds,
                quads / seconds, peak, peakOwn, peakFiles);
        out.flush();
    }

    /** Row "serve on a ready store to first answer" against bare Fuseki, alternating runs. */
    private void startOnReadyStore(Path corpus, Path store) throws Exception {
        List<Double> ours = new ArrayList<>();
        List<Double> fuseki = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            int port = freePort();
            try (ChildProcess serve = serve(store, corpus, port, false, settings.workDirectory().resolve("serve.log"))) {
                ours.add(serve.secondsToFirstAnswer(sparql(port), Duration.ofMinutes(10)));
            }
            int fusekiPort = freePort();
            try (ChildProcess bare = ChildProcess.java(settings.jar(), settings.jvmOptions(), FUSEKI,
                    bareFuseki(store, fusekiPort),
                    settings.workDirectory().resolve("fuseki.log"))) {
                fuseki.add(bare.secondsToFirstAnswer("http://127.0.0.1:" + fusekiPort + "/ds/sparql", Duration.ofMinutes(10)));
            }
        }
        out.printf("serve on a ready store to first answer: median %.2f s (runs %s); bare Fuseki on the same store: "
                + "median %.2f s (runs %s); difference %+.2f s%n", median(ours), rounded(ours), median(fuseki),
                rounded(fuseki), median(ours) - median(fuseki));
        out.flush();
    }

    /**
     * Bare Fuseki's command line on the store, serving the union of its named graphs as the
     * default graph, as ours does: the store's own default graph is empty, and a probe that finds
     * nothing there would time an answer that reads no data against one that does.
     */
    private static List<String> bareFuseki(Path store, int port) {
        return List.of("--loc=" + store, "--set", "tdb:unionDefaultGraph=true", "--port=" + port, "--localhost", "/ds");
    }

    /** Peak memory of our server and of bare Fuseki on the same store under the same many clients. */
    private void memoryUnderLoad(Path corpus, Path store) throws Exception {
        String select = "?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1000");
        int ours = freePort();
        long oursPeak;
        try (ChildProcess serve = serve(store, corpus, ours, false, settings.workDirectory().resolve("memory.log"))) {
            serve.secondsToFirstAnswer(sparql(ours), Duration.ofMinutes(10));
            new LoadTest(MEMORY_CLIENTS, settings.queryTime()).run(List.of(new LoadTest.Request("select", sparql(ours) + select)));
            oursPeak = serve.peakAnonymousMiB();
        }
        int bare = freePort();
        long barePeak;
        String fusekiEndpoint = "http://127.0.0.1:" + bare + "/ds/sparql";
        try (ChildProcess fuseki = ChildProcess.java(settings.jar(), settings.jvmOptions(), FUSEKI,
                bareFuseki(store, bare), settings.workDirectory().resolve("fuseki.log"))) {
            fuseki.secondsToFirstAnswer(fusekiEndpoint, Duration.ofMinutes(10));
            new LoadTest(MEMORY_CLIENTS, settings.queryTime()).run(List.of(new LoadTest.Request("select", fusekiEndpoint + select)));
            barePeak = fuseki.peakAnonymousMiB();
        }
        out.printf("peak own memory (RSS without mapped files) under %d clients for %d s: ours %d MiB, bare Fuseki %d MiB (%.2fx)%n", MEMORY_CLIENTS,
                settings.queryTime().toSeconds(), oursPeak, barePeak, (double) oursPeak / barePeak);
        out.flush();
    }

    private static final int MEMORY_CLIENTS = 50;

    /** Row "load within 1.25x of the loader": tdb2.tdbloader on the same quads as N-Quads. */
    private void loadRateAgainstTdbLoader(Path store) throws Exception {
        Path nquads = settings.workDirectory().resolve("store.nq.gz");
        long quads = exportNQuads(store, nquads);
        for (String loader : List.of("phased", "parallel")) {
            Path loc = settings.workDirectory().resolve("tdbloader-" + loader);
            FileTrees.delete(loc);
            double seconds;
            try (ChildProcess tdbloader = ChildProcess.java(settings.jar(), settings.jvmOptions(), "tdb2.tdbloader",
                    List.of("--loc=" + loc, "--loader=" + loader, nquads.toString()),
                    settings.workDirectory().resolve("tdbloader.log"))) {
                seconds = tdbloader.secondsToExit(Duration.ofHours(2));
            }
            out.printf("tdb2.tdbloader --loader=%s on the same %d quads (N-Quads, gzipped): %.1f s, %.0f quads/s%n",
                    loader, quads, seconds, quads / seconds);
            FileTrees.delete(loc);
        }
        out.flush();
    }

    /** The store's quads as gzipped N-Quads, the loader's input. */
    private static long exportNQuads(Path store, Path file) throws IOException {
        try (KnowledgeStore ks = KnowledgeStore.open(store);
             var gz = new java.util.zip.GZIPOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            return org.apache.jena.system.Txn.calculateRead(ks.datasetGraph(), () -> {
                StreamRDF sink = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                long[] quads = {0};
                sink.start();
                ks.datasetGraph().find().forEachRemaining(q -> {
                    sink.quad(q);
                    quads[0]++;
                });
                sink.finish();
                return quads[0];
            });
        }
    }

    /** Rows "a changed document" and "queries at size", on one server that watches the corpus. */
    private void servingUnderLoad(Path corpus, Path store) throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";
        try (ChildProcess serve = serve(store, corpus, port, true, settings.workDirectory().resolve("watch.log"))) {
            serve.secondsToFirstAnswer(sparql(port), Duration.ofMinutes(30));
            waitForBackgroundWork(port);
            List<LoadTest.Request> requests = requests(base);
            print("first answers, one request at a time, none asked before (ms):", LoadTest.once(requests));
            new LoadTest(settings.clients(), Duration.ofSeconds(5)).run(requests); // warm-up
            List<LoadTest.Latencies> latencies = new LoadTest(settings.clients(), settings.queryTime()).run(requests);
            print(String.format("latency under %d clients for %d s (ms):", settings.clients(),
                    settings.queryTime().toSeconds()), latencies);
            out.printf("peak RSS of the server: %d MiB%n", serve.peakResidentMiB());
            oneChangedDocument(corpus, port);
        }
        out.flush();
    }

    private void print(String title, List<LoadTest.Latencies> latencies) {
        out.println(title);
        out.printf("  %-36s %8s %8s %8s %8s%n", "request", "count", "p50", "p99", "failed");
        for (LoadTest.Latencies l : latencies) {
            out.printf("  %-36s %8d %8.1f %8.1f %8d%n", l.name(), l.count(), l.p50Millis(), l.p99Millis(), l.failures());
        }
        out.flush();
    }

    /**
     * Waits until the server has done what it does after it answers (catching up with the
     * documents, the statistics, the dumps), so that the latencies measure the answers alone.
     */
    private void waitForBackgroundWork(int port) throws Exception {
        String modifiedQuery = "SELECT ?x { GRAPH ?g { ?g <http://purl.org/dc/terms/modified> ?x } "
                + "FILTER (STRENDS(STR(?g), \"/graph/store\")) } LIMIT 1";
        Path record = settings.workDirectory().resolve("dumps").resolve("dumps.properties");
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (System.nanoTime() < deadline) {
            String modified = first("http://127.0.0.1:" + port + "/", modifiedQuery);
            if (Files.isRegularFile(record) && Files.readString(record).contains(modified.replace(":", "\\:"))) {
                // The warm-up (statistics, answers that take no value or a country) may still run
                // when the dumps are old ones: about a minute at 100,000 documents.
                Thread.sleep(WARM_UP_ALLOWANCE.toMillis());
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("the server did not finish its background work within an hour");
    }

    private static final Duration WARM_UP_ALLOWANCE = Duration.ofSeconds(90);

    private void oneChangedDocument(Path corpus, int port) throws Exception {
        Path doc;
        try (Stream<Path> files = Files.list(corpus)) {
            doc = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        byte[] original = Files.readAllBytes(doc);
        String edited = new String(original, StandardCharsets.UTF_8) + "\n\nThe item was updated by its editor.\n";
        String sha = TextFileReader.sha256(edited.getBytes(StandardCharsets.UTF_8));
        String ask = "ASK { GRAPH ?g { ?d <https://w3id.org/smartcity-kg/ontology#sha256> \"" + sha + "\" } }";
        long start = System.nanoTime();
        Files.writeString(doc, edited);
        try {
            while (!askTrue(port, ask)) {
                if (seconds(start) > 120) {
                    throw new IOException("the changed document was not served within 120 s");
                }
                Thread.sleep(10);
            }
            out.printf("one changed document, from the file written to the server answering with it: %.2f s%n",
                    seconds(start));
        } finally {
            Files.write(doc, original);
        }
        out.flush();
    }

    /**
     * Every canned query and every description page, in rounds. Each round asks each query with
     * other parameters taken from the graph (so they find something), as many users would. The
     * first answer of each is timed apart, once, before any client asked it; under load, answers
     * asked before come from the server's cache, as a busy portal's do.
     */
    private List<LoadTest.Request> requests(String base) throws Exception {
        String sc = "PREFIX sc: <https://w3id.org/smartcity-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        List<String> cities = values(base, sc + "SELECT DISTINCT ?x { ?p sc:implementedIn ?x }");
        List<String> projects = values(base, sc + "SELECT DISTINCT ?x { ?x a sc:Project ; sc:hasPartner ?o }");
        List<String> projectLabels = values(base, sc + "SELECT ?x { ?p a sc:Project ; sc:hasPartner ?o ; rdfs:label ?x }");
        List<String> organisations = values(base, sc + "SELECT DISTINCT ?x { ?p sc:affiliation ?x }");
        List<String> meetings = values(base, sc + "SELECT DISTINCT ?x { ?x sc:participant ?p }");
        List<String> countries = List.of("PL", "RO", "BG", "DE", "FR", "IT", "ES", "CZ", "GR", "NO");
        List<LoadTest.Request> requests = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            Map<String, String> queries = new java.util.LinkedHashMap<>();
            queries.put("about-entity", "name=" + enc(pick(projectLabels, r)));
            queries.put("changed-since", "since=" + java.time.LocalDate.of(2020, 1, 1).plusDays(30L * r));
            queries.put("cities-by-projects", "country=" + pick(countries, r));
            queries.put("cities-working-together", "city=" + enc(pick(cities, r)));
            queries.put("counts-by-class", "");
            queries.put("evidence-for", "entity=" + enc(pick(projects, r)));
            java.time.LocalDate from = java.time.LocalDate.of(2023, 1, 1).plusMonths(r);
            queries.put("meetings-by-date", "from=" + from + "&to=" + from.plusMonths(3));
            queries.put("organisations-of-country", "country=" + pick(countries, r + 3));
            queries.put("participants-of-meeting", "meeting=" + enc(pick(meetings, r)));
            queries.put("partners-of-project", "project=" + enc(pick(projects, r + 7)));
            queries.put("people-of-organisation", "organisation=" + enc(pick(organisations, r)));
            queries.put("projects-in-city", "city=" + enc(pick(cities, r + 5)));
            queries.put("projects-per-programme-and-country", "country=" + pick(countries, r + 6));
            queries.put("top-programmes", "");
            queries.forEach((name, params) -> requests.add(new LoadTest.Request(name,
                    base + "api/queries/" + name + "?format=json" + (params.isEmpty() ? "" : "&" + params))));
            requests.add(new LoadTest.Request("home page", base));
            requests.add(new LoadTest.Request("VoID", base + ".well-known/void"));
            requests.add(new LoadTest.Request("DCAT-AP", base + "dcat"));
            requests.add(new LoadTest.Request("service description", base + "smartcity/sparql"));
        }
        return requests;
    }

    /** Rounds of requests, each with parameters of its own. */
    private static final int ROUNDS = 20;

    private static String pick(List<String> values, int round) {
        return values.get(round % values.size());
    }

    /** Up to ROUNDS values spread over the answers of {@code sparql}, whose variable is ?x. */
    private static List<String> values(String base, String sparql) throws Exception {
        List<String> all = new ArrayList<>();
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "smartcity/sparql?query="
                + enc(sparql + " LIMIT 2000"))).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body()));
        rs.forEachRemaining(row -> {
            var node = row.get("x");
            all.add(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        });
        if (all.isEmpty()) {
            throw new IOException("the graph has nothing for: " + sparql);
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            spread.add(all.get((int) ((long) i * all.size() / ROUNDS)));
        }
        return spread.stream().distinct().toList();
    }

    private static String first(String base, String sparql) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "smartcity/sparql?query=" + enc(sparql)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body()));
        if (!rs.hasNext()) {
            throw new IOException("the graph has nothing for: " + sparql);
        }
        var node = rs.next().get("x");
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static boolean askTrue(int port, String ask) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparql(port) + "?query=" + enc(ask)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().replace(" ", "").contains("\"boolean\":true");
    }

    private ChildProcess serve(Path store, Path corpus, int port, boolean watch, Path log) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--quiet", "--store", store.toString(), "--port",
                Integer.toString(port), "--dumps", settings.workDirectory().resolve("dumps").toString()));
        if (watch) {
            args.add("--watch");
        }
        args.add(corpus.toString());
        return ChildProcess.java(settings.jar(), settings.jvmOptions(), MAIN, args, log);
    }

    private static String sparql(int port) {
        return "http://127.0.0.1:" + port + "/smartcity/sparql";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long countDocuments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).toList().toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }


}
