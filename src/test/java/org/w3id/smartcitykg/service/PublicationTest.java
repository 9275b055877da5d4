package org.w3id.smartcitykg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.pipeline.Progress;
import org.w3id.smartcitykg.pipeline.StoreSync;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.serve.ServerOptions;

/**
 * serve as a user runs it, on a real TDB2 store and a real server on loopback: a ready store is
 * answered at once and brought up to date behind it, and --watch follows the folder.
 */
class PublicationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aWatchedFolderIsFollowedWhileServing() throws Exception {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        List<Path> seeds = Fixtures.seeds();
        Files.copy(seeds.get(0), docs.resolve(seeds.get(0).getFileName()));
        try (Publication publication = Publication.prepare(settings(docs), Fixtures::converter, Progress.NONE,
                quiet(), quiet()).start(true)) {
            String sparql = publication.server().sparqlUrl();
            assertEquals(1, documents(sparql));
            Path added = docs.resolve(seeds.get(1).getFileName());
            Files.copy(seeds.get(1), added);
            waitFor(() -> documents(sparql) == 2, "the added document is served");
            Files.delete(added);
            waitFor(() -> documents(sparql) == 1, "the removed document is gone");
        }
    }

    @Test
    void aReadyStoreAnswersAtOnceAndCatchesUpBehind() throws Exception {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        List<Path> seeds = Fixtures.seeds();
        Files.copy(seeds.get(0), docs.resolve(seeds.get(0).getFileName()));
        try (Publication first = Publication.prepare(settings(docs), Fixtures::converter, Progress.NONE, quiet(), quiet())) {
            assertEquals(1, first.store().documents().size());
        }
        Files.copy(seeds.get(1), docs.resolve(seeds.get(1).getFileName()));
        try (Publication again = Publication.prepare(settings(docs), () -> {
            throw new AssertionError("nothing is converted before the server answers");
        }, Progress.NONE, quiet(), quiet())) {
            assertEquals(1, again.store().documents().size(), "served as it was");
        }
        try (Publication again = Publication.prepare(settings(docs), Fixtures::converter, Progress.NONE, quiet(),
                quiet()).start(false)) {
            String sparql = again.server().sparqlUrl();
            waitFor(() -> documents(sparql) == 2, "the new document is added behind the running server");
        }
    }

    private Publication.Settings settings(Path docs) throws Exception {
        return new Publication.Settings(() -> Inputs.expand(List.of(docs)), List.of(docs), Optional.of(dir.resolve("store")),
                dir.resolve("dumps"), false, IriScheme.standard(), Bundled::ontology,
                ServerOptions.defaults().withPort(0), QueryCatalogue.bundled(), "test-build", "test",
                StoreSync.Options.defaults());
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }

    private static long documents(String sparql) {
        String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/smartcity-kg/ontology#NewsDocument> }";
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return Long.parseLong(r.body().lines().skip(1).findFirst().orElse("-1").strip());
        } catch (Exception e) {
            return -1;
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within 60 s");
            Thread.sleep(50);
        }
    }
}
