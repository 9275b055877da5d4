package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.smartcitykg.ingest.IngestException;
import org.w3id.smartcitykg.rdf.QuadBuffer;

/**
 * Converts documents on several threads and hands each result back on the caller's thread, in
 * the order of the input, with a bounded number in flight so memory stays flat however many
 * documents there are. A document that fails, or takes longer than its budget, is reported and
 * the rest go on.
 */
public final class ParallelConversion {
    /** One converted document with its quads. */
    public record Converted(Converter.DocumentReport report, QuadBuffer quads) {}

    /** What the caller does with each outcome, on its own thread. */
    public interface Outcomes {
        void converted(Converted document) throws Exception;

        void failed(BatchConverter.Failure failure);
    }

    private final Converter converter;
    private final int threads;
    private final Duration budget;

    public ParallelConversion(Converter converter, int threads, Duration budget) {
        this.converter = converter;
        this.threads = Math.max(1, threads);
        this.budget = budget;
    }

    public void run(List<Path> files, Outcomes outcomes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int capacity = threads * 32;
            for (Path file : files) {
                if (window.size() >= capacity) {
                    deliver(window.removeFirst(), outcomes);
                }
                window.addLast(new Pending(file, pool.submit(() -> convert(file))));
            }
            while (!window.isEmpty()) {
                deliver(window.removeFirst(), outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Converted convert(Path file) throws IngestException {
        QuadBuffer quads = new QuadBuffer();
        Converter.DocumentReport report = converter.convert(file, quads);
        return new Converted(report, quads);
    }

    private void deliver(Pending pending, Outcomes outcomes) throws Exception {
        Converted done;
        try {
            done = pending.future().get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.future().cancel(true);
            outcomes.failed(new BatchConverter.Failure(pending.file(),
                    "conversion took longer than " + budget.toSeconds() + " s and was given up"));
            return;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            outcomes.failed(cause instanceof IngestException ie ? new BatchConverter.Failure(ie.file(), ie.reason())
                    : new BatchConverter.Failure(pending.file(), "conversion failed: " + cause));
            return;
        }
        outcomes.converted(done);
    }

    private record Pending(Path file, Future<Converted> future) {}

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "convert-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
