package org.w3id.smartcitykg.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program of the benchmark run in a JVM of its own, as a user runs it: started, timed until it
 * first answers a SPARQL query, measured for its peak memory, and stopped. Only loopback.
 */
final class ChildProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final long started;
    private final java.util.concurrent.atomic.AtomicLong peakAnonymousKiB = new java.util.concurrent.atomic.AtomicLong(-1);
    private final java.util.concurrent.atomic.AtomicLong peakFileKiB = new java.util.concurrent.atomic.AtomicLong(-1);

    private ChildProcess(Process process, long started) {
        this.process = process;
        this.started = started;
        Thread sampler = new Thread(this::sampleAnonymousMemory, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * The kernel keeps the peak of all resident memory, which counts the store's memory-mapped
     * files (the page cache, given back under pressure); the process's own memory and its
     * file-backed pages are sampled apart.
     */
    private void sampleAnonymousMemory() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("RssAnon:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakAnonymousKiB.accumulateAndGet(kib, Math::max);
                    } else if (line.startsWith("RssFile:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakFileKiB.accumulateAndGet(kib, Math::max);
                    }
                }
                Thread.sleep(200);
            } catch (IOException | NumberFormatException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The most memory of its own (anonymous, not file-backed) the process was seen to hold, in MiB. */
    long peakAnonymousMiB() {
        long kib = peakAnonymousKiB.get();
        return kib < 0 ? -1 : kib / 1024;
    }

    /** The most file-backed memory (mapped files, the jar and libraries) the process was seen to hold, in MiB. */
    long peakFileMiB() {
        long kib = peakFileKiB.get();
        return kib < 0 ? -1 : kib / 1024;
    }

    /** Starts {@code java [jvmOptions] -cp jar mainClass args…}, its output into {@code log}. */
    static ChildProcess java(Path jar, List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildProcess(p, start);
    }

    /** Seconds from the start until {@code endpoint} answers a query, or an error if it never does. */
    double secondsToFirstAnswer(String endpoint, Duration limit) throws IOException, InterruptedException {
        HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/sparql-results+json").GET().build();
        long deadline = started + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the process ended with exit code " + process.exitValue() + " before it answered");
            }
            try {
                if (HTTP.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IOException("no answer from " + endpoint + " within " + limit.toSeconds() + " s");
    }

    /** Waits for the process to end by itself; seconds since it started. */
    double secondsToExit(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException("still running after " + limit.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("exited with code " + process.exitValue());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The most memory the process has held (VmHWM, Linux), in MiB; -1 where that cannot be read. */
    long peakResidentMiB() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
