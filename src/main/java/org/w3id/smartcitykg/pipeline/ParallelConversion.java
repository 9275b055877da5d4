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

    /**
     * Each thread converts a batch of consecutive documents at a time ({@link Converter#convertAll}),
     * at most two batches a thread are in flight, and outcomes are handed over in input order.
     */
    public void run(List<Path> files, Outcomes outcomes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int capacity = threads * 2;
            for (List<Path> batch : Converter.batches(files, threads)) {
                if (window.size() >= capacity) {
                    deliver(window.removeFirst(), pool, outcomes);
                }
                window.addLast(submit(pool, batch));
            }
            while (!window.isEmpty()) {
                deliver(window.removeFirst(), pool, outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Pending submit(ExecutorService pool, List<Path> batch) {
        Converter.StepClock clock = new Converter.StepClock();
        return new Pending(batch, pool.submit(() -> converter.convertAll(batch, clock)), clock);
    }

    /**
     * Hands over a batch's outcomes. A batch whose current document has spent longer than its
     * budget in one stage, or that fails as a whole, is converted again one document at a time,
     * each with its own budget: the one that is too slow or breaks is reported, and the others
     * are not.
     */
    private void deliver(Pending pending, ExecutorService pool, Outcomes outcomes) throws Exception {
        List<Converter.Outcome> done;
        try {
            done = awaitUnlessStuck(pending);
        } catch (TimeoutException | ExecutionException e) {
            pending.future().cancel(true);
            if (pending.files().size() == 1) {
                outcomes.failed(failure(pending.files().get(0), e));
                return;
            }
            for (Path file : pending.files()) {
                deliver(submit(pool, List.of(file)), pool, outcomes);
            }
            return;
        }
        for (Converter.Outcome outcome : done) {
            if (outcome.isConverted()) {
                outcomes.converted(new Converted(outcome.report(), outcome.quads()));
            } else {
                outcomes.failed(new BatchConverter.Failure(outcome.failure().file(), outcome.failure().reason()));
            }
        }
    }

    /** The batch's outcomes, waited for while its documents keep within their budget; a timeout when one does not. */
    private List<Converter.Outcome> awaitUnlessStuck(Pending pending) throws Exception {
        while (true) {
            try {
                return pending.future().get(budget.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pending.clock().stuckFor(budget)) {
                    throw e;
                }
            }
        }
    }

    private BatchConverter.Failure failure(Path file, Exception e) {
        if (e instanceof TimeoutException) {
            return new BatchConverter.Failure(file, "conversion took longer than " + budget.toSeconds() + " s and was given up");
        }
        Throwable cause = e.getCause();
        return cause instanceof IngestException ie ? new BatchConverter.Failure(ie.file(), ie.reason())
                : new BatchConverter.Failure(file, "conversion failed: " + cause);
    }

    private record Pending(List<Path> files, Future<List<Converter.Outcome>> future, Converter.StepClock clock) {}

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "convert-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
