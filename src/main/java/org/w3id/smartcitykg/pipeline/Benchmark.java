package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.smartcitykg.ingest.IngestException;

/**
 * Conversion speed, measured the way the issues report it: the same documents converted many
 * times, on one thread and on several, after a warm-up, into a sink that only counts.
 */
public final class Benchmark {
    public record Result(int threads, int documents, long quads, double seconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private final Converter converter;

    public Benchmark(Converter converter) {
        this.converter = converter;
    }

    public Result run(List<Path> files, int repeat, int threads) throws Exception {
        List<Path> work = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            work.addAll(files);
        }
        warmUp(files);
        long start = System.nanoTime();
        long quads = convertAll(work, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, work.size(), quads, seconds);
    }

    /** Converts until the JIT has compiled the hot paths: a few passes, at least three seconds. */
    private void warmUp(List<Path> files) throws Exception {
        long until = System.nanoTime() + WARM_UP_NANOS;
        for (int pass = 0; pass < 3 || System.nanoTime() < until; pass++) {
            convertAll(files, Runtime.getRuntime().availableProcessors());
        }
    }

    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private long convertAll(List<Path> work, int threads) throws Exception {
        AtomicLong quads = new AtomicLong();
        StreamRDF counter = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.incrementAndGet();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path p : work) {
                futures.add(pool.submit(() -> {
                    try {
                        converter.convert(p, counter);
                    } catch (IngestException e) {
                        throw new IllegalStateException(e.getMessage(), e);
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
