package org.w3id.smartcitykg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Conversion speed, measured the way the issues report it: the same documents converted many
 * times, on one thread and on several, after a warm-up, into a sink that only counts.
 */
public final class Benchmark {
    /**
     * {@code cpuSeconds} is the processor time the converting threads used: unlike the wall time,
     * it does not grow when other programs share the machine, so two builds measured on a busy
     * machine still compare.
     */
    public record Result(int threads, int documents, long quads, double seconds, double cpuSeconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double cpuMillisPerDocument() {
            return 1000 * cpuSeconds / documents;
        }
    }

    private final Converter converter;
    private final Duration warmUp;
    private boolean warm;

    /**
     * {@code warmUp}: how long to convert, untimed, before the first timed run. A corpus of
     * thousands of documents is converted by compiled code; the JIT compiles the converter's
     * largest methods last, and on this project's machine a run after 15 s of warm-up still
     * took a fifth more processor time per document than the run after it.
     */
    public Benchmark(Converter converter, Duration warmUp) {
        this.converter = converter;
        this.warmUp = warmUp;
    }

    /** {@code files} converted {@code repeat} times on {@code threads} threads; the first run is warmed up first. */
    public Result run(List<Path> files, int repeat, int threads) throws Exception {
        List<Path> work = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            work.addAll(files);
        }
        if (!warm) {
            warmUp(files);
            warm = true;
        }
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        long quads = convertAll(work, threads, cpuNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, work.size(), quads, seconds, cpuNanos.get() / 1e9);
    }

    /** Converts until the JIT has compiled the hot paths: a few passes, at least the warm-up's time. */
    private void warmUp(List<Path> files) throws Exception {
        long until = System.nanoTime() + warmUp.toNanos();
        for (int pass = 0; pass < 3 || System.nanoTime() < until; pass++) {
            convertAll(files, Runtime.getRuntime().availableProcessors(), new AtomicLong());
        }
    }

    /**
     * Converts {@code work} as the converting commands do, in batches ({@link Converter#batches}),
     * and counts the quads each document's conversion made; the quads go nowhere, so that what
     * is timed is the conversion.
     */
    private long convertAll(List<Path> work, int threads, AtomicLong cpuNanos) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong quads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Path> batch : Converter.batches(work, threads)) {
                futures.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    try {
                        for (Converter.Outcome outcome : converter.convertAll(batch)) {
                            if (!outcome.isConverted()) {
                                throw new IllegalStateException(outcome.failure().getMessage(), outcome.failure());
                            }
                            quads.addAndGet(outcome.quads().size());
                        }
                    } finally {
                        cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return quads.get();
    }
}
