package org.w3id.smartcitykg.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several clients on loopback asking a fixed set of requests in turn for a bounded time; the
 * latency of each request, as percentiles per request, and any answer that was not 200.
 */
final class LoadTest {
    /** One kind of request: a name and its URL (a GET). */
    record Request(String name, String url) {}

    /** The latencies of one kind of request. */
    record Latencies(String name, int count, double p50Millis, double p99Millis, int failures) {}

    private final int clients;
    private final Duration duration;

    LoadTest(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    List<Latencies> run(List<Request> requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<Map<String, List<Long>>>> results = new ArrayList<>();
        Map<String, int[]> failures = new java.util.concurrent.ConcurrentHashMap<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                Map<String, List<Long>> seen = new LinkedHashMap<>();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    Request r = requests.get(i % requests.size());
                    long start = System.nanoTime();
                    int status = status(http, r);
                    long took = System.nanoTime() - start;
                    if (status == 200) {
                        seen.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(took);
                    } else {
                        failures.computeIfAbsent(r.name(), k -> new int[1])[0]++;
                    }
                }
                return seen;
            }));
        }
        Map<String, List<Long>> all = new LinkedHashMap<>();
        for (Request r : requests) {
            all.put(r.name(), new ArrayList<>());
        }
        for (Future<Map<String, List<Long>>> f : results) {
            f.get().forEach((k, v) -> all.get(k).addAll(v));
        }
        pool.shutdown();
        List<Latencies> out = new ArrayList<>();
        all.forEach((name, times) -> {
            Collections.sort(times);
            out.add(new Latencies(name, times.size(), percentile(times, 0.50), percentile(times, 0.99),
                    failures.getOrDefault(name, new int[1])[0]));
        });
        return out;
    }

    /**
     * Each request once, one after another, on a server that has not answered it before: the
     * latency of first answers, which no cache serves. With 20 values per query, p99 is the slowest.
     */
    static List<Latencies> once(List<Request> requests) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> seen = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (Request r : requests) {
            long start = System.nanoTime();
            int status = status(http, r);
            long took = System.nanoTime() - start;
            seen.computeIfAbsent(r.name(), k -> new ArrayList<>());
            if (status == 200) {
                seen.get(r.name()).add(took);
            } else {
                failures.merge(r.name(), 1, Integer::sum);
            }
        }
        List<Latencies> out = new ArrayList<>();
        seen.forEach((name, times) -> {
            Collections.sort(times);
            out.add(new Latencies(name, times.size(), percentile(times, 0.50), percentile(times, 0.99),
                    failures.getOrDefault(name, 0)));
        });
        return out;
    }

    /** The answer's status; a request the server never answered in time counts as failed (0). */
    private static int status(HttpClient http, Request r) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(r.url())).timeout(CLIENT_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Longer than the server's own 60 s limit, which answers 503 first. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(75);

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
