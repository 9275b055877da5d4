package org.w3id.smartcitykg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol, with no library between:
 * start it on a free debugging port, open one page, send commands, and keep the network events
 * that tell which requests failed.
 */
final class Chromium implements AutoCloseable {
    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser binary, when one is installed. */
    static Optional<Path> binary() {
        return BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Chromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,1024", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (Instant.now().isAfter(deadline) || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not open its debugging port");
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonArray targets = JSON.parseAny(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .getAsArray();
        String ws = targets.stream().map(JsonValue::getAsObject)
                .filter(t -> t.get("type").getAsString().value().equals("page")).findFirst()
                .orElseThrow(() -> new IOException("chromium has no page")).get("webSocketDebuggerUrl").getAsString().value();
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                self[0].receive(data, last);
                webSocket.request(1);
                return null;
            }
        }).join();
        self[0] = new Chromium(p, profile, socket);
        self[0].call("Network.enable", new JsonObject());
        self[0].call("Page.enable", new JsonObject());
        return self[0];
    }

    private synchronized void receive(CharSequence data, boolean last) {
        partial.append(data);
        if (!last) {
            return;
        }
        JsonObject message = JSON.parse(partial.toString());
        partial.setLength(0);
        if (message.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsNumber().value().intValue());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        String method = message.get("method").getAsString().value();
        JsonObject params = message.get("params").getAsObject();
        if (method.equals("Network.loadingFailed") && !params.get("canceled").getAsBoolean().value()) {
            failures.add("failed: " + params.get("errorText").getAsString().value() + " " + params.get("requestId"));
        } else if (method.equals("Network.responseReceived")) {
            JsonObject response = params.get("response").getAsObject();
            int status = response.get("status").getAsNumber().value().intValue();
            if (status >= 400) {
                failures.add(status + " " + response.get("url").getAsString().value());
            }
        } else if (method.equals("Network.requestWillBeSent")) {
            String url = params.get("request").getAsObject().get("url").getAsString().value();
            if (!url.startsWith("http://localhost") && !url.startsWith("http://127.0.0.1") && !url.startsWith("data:")
                    && !url.startsWith("about:")) {
                failures.add("left the server: " + url);
            }
        }
    }

    /** Sends a CDP command and waits for its result. */
    JsonObject call(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        socket.sendText(JSON.toStringFlat(msg), true).join();
        try {
            JsonObject reply = f.get(60, TimeUnit.SECONDS);
            if (reply.hasKey("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result").getAsObject();
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    /** Opens {@code url} and waits until the document and its scripts have loaded. */
    void open(String url) throws InterruptedException {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
        waitFor("document.readyState === 'complete' && location.href === " + JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(url)),
                Duration.ofSeconds(30));
    }

    /** The value of a JavaScript expression (awaited when it is a promise). */
    JsonValue eval(String expression) {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject result = call("Runtime.evaluate", p);
        if (result.hasKey("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
        }
        JsonObject r = result.get("result").getAsObject();
        return r.hasKey("value") ? r.get("value") : null;
    }

    /** Waits until a JavaScript condition holds. */
    void waitFor(String condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonValue v = eval("!!(" + condition + ")");
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                return;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("timed out waiting for " + condition);
    }

    /** A full-page PNG of what is shown now. */
    void screenshot(Path file) throws IOException {
        JsonObject metrics = call("Page.getLayoutMetrics", new JsonObject());
        JsonObject size = metrics.get("cssContentSize").getAsObject();
        JsonObject clip = new JsonObject();
        clip.put("x", 0);
        clip.put("y", 0);
        clip.put("width", Math.min(1280, size.get("width").getAsNumber().value().intValue()));
        clip.put("height", Math.min(6000, size.get("height").getAsNumber().value().intValue()));
        clip.put("scale", 1);
        JsonObject p = new JsonObject();
        p.put("format", "png");
        p.put("captureBeyondViewport", true);
        p.put("clip", clip);
        String data = call("Page.captureScreenshot", p).get("data").getAsString().value();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    /** Requests that failed or answered 4xx/5xx, or went anywhere but the server, since the last call. */
    List<String> takeFailures() {
        List<String> out = new ArrayList<>(failures);
        failures.clear();
        return out;
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /** Chromium's helper processes may still write into the profile for a moment after it exits. */
    private void deleteProfile() throws IOException {
        for (int attempt = 0; attempt < 5 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                // a file vanished under the walk: walk again
            }
            if (Files.exists(profile)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
