package org.w3id.smartcitykg.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.pipeline.Progress;
import org.w3id.smartcitykg.pipeline.StoreSync;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.serve.ServerOptions;
import org.w3id.smartcitykg.serve.SmartCityServer;
import org.w3id.smartcitykg.store.Dumps;
import org.w3id.smartcitykg.store.FileTrees;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * The {@code serve} job: bring the store up to date with the documents, serve it, and keep
 * following the documents when asked to. The dumps and the statistics are made after the server
 * answers, in the background, so a large store is queryable as soon as it is loaded.
 */
public final class Publication implements AutoCloseable {
    /** Everything the job needs to know. */
    public record Settings(Documents documents, List<Path> watchFolders, Optional<Path> storeDirectory,
                           Path dumpsDirectory, boolean temporaryDumps, IriScheme iris, Supplier<Graph> ontology,
                           ServerOptions server, QueryCatalogue catalogue, String build, String version,
                           StoreSync.Options sync) {}

    /** The documents to serve, listed when first needed: a ready store answers before its folders are walked. */
    public interface Documents {
        List<Path> list() throws IOException;
    }

    private final Settings settings;
    private final KnowledgeStore store;
    private final StoreSync sync;
    private final Dumps dumps;
    private final PrintWriter out;
    private final PrintWriter err;
    /** How long a stop waits for background work before the process ends without it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);

    /**
     * How long a served store waits before it is compared with the documents: the first requests
     * of a freshly started server are answered before a large corpus is listed and read.
     */
    private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(2);

    private final java.util.concurrent.ScheduledThreadPoolExecutor background = backgroundThread();
    private SmartCityServer server;

    /** One thread for the store's background work, in order; a stop drops what has not begun. */
    private static java.util.concurrent.ScheduledThreadPoolExecutor backgroundThread() {
        var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "publication");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
    /**
     * The dumps have a thread of their own: at a hundred thousand documents a dump takes minutes,
     * and a changed document must not wait for it. Requests made while one waits are one dump.
     */
    private final java.util.concurrent.ThreadPoolExecutor dumpWriter = dumpThread();
    private final java.util.concurrent.atomic.AtomicBoolean dumpPending = new java.util.concurrent.atomic.AtomicBoolean();

    private static java.util.concurrent.ThreadPoolExecutor dumpThread() {
        return new java.util.concurrent.ThreadPoolExecutor(0, 1, 10, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dumps");
                    t.setDaemon(true);
                    return t;
                });
    }

    private DocumentWatcher watcher;
    private boolean catchUp;

    private Publication(Settings settings, KnowledgeStore store, StoreSync sync, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.store = store;
        this.sync = sync;
        this.dumps = new Dumps(settings.dumpsDirectory());
        this.out = out;
        this.err = err;
    }

    /**
     * Opens the store and, when it must be built anew (empty, or made by another converter),
     * builds it; the server is not started yet. A store of this converter is served as it is and
     * brought up to date once the server answers, a batch at a time, so a large store answers at
     * once and readers see each document before or after its change.
     */
    public static Publication prepare(Settings settings, Supplier<Converter> converter, Progress progress,
                                      PrintWriter out, PrintWriter err) throws Exception {
        KnowledgeStore store = settings.storeDirectory().isPresent()
                ? KnowledgeStore.open(settings.storeDirectory().get(), settings.iris())
                : KnowledgeStore.inMemory(settings.iris());
        StoreSync sync = new StoreSync(store, settings.ontology(), settings.build(), converter, settings.sync(), progress,
                w -> { });
        Publication publication = new Publication(settings, store, sync, out, err);
        if (sync.needsRebuild()) {
            List<Path> files = settings.documents().list();
            publication.report(sync.sync(files), files.size());
        } else {
            publication.catchUp = true;
        }
        return publication;
    }

    public KnowledgeStore store() {
        return store;
    }

    /** Starts the server, then the dumps and statistics in the background, and the watcher. */
    public Publication start(boolean watch) throws IOException {
        Instant modified = store.lastModified().orElse(Instant.now());
        server = SmartCityServer.builder(store.datasetGraph())
                .dumps(dumps)
                .modified(modified)
                .options(settings.server())
                .catalogue(settings.catalogue())
                .iris(settings.iris())
                .ontology(settings.ontology())
                .version(settings.version())
                .build().start();
        server.describe().forEach(out::println);
        out.flush();
        if (catchUp) {
            background.schedule(this::catchUp, CATCH_UP_DELAY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } else {
            server.warmUp();
            refreshDumps();
        }
        if (watch) {
            // The first change should not wait for the gazetteer, the language model and the JIT.
            background.submit(sync::warmConverter);
            watcher = new DocumentWatcher(settings.watchFolders(), Duration.ofMillis(300),
                    paths -> background.submit(() -> update(paths))).start();
            out.println("Watching " + settings.watchFolders() + " for documents added, changed or removed.");
        }
        return this;
    }

    public SmartCityServer server() {
        return server;
    }

    /** Brings a served store up to date with all the documents, then its dumps. */
    private void catchUp() {
        try {
            List<Path> files = settings.documents().list();
            StoreSync.Plan plan = sync.plan(files);
            Instant before = store.lastModified().orElse(Instant.EPOCH);
            report(sync.apply(plan, Instant.now()), files.size());
            Instant modified = store.lastModified().orElse(Instant.now());
            if (!modified.equals(before)) {
                server.storeChanged(modified);
            } else {
                server.warmUp();
            }
            refreshDumps();
        } catch (Exception e) {
            err.println("error: bringing the store up to date: " + e);
            err.flush();
        }
    }

    private void update(Set<Path> paths) {
        try {
            StoreSync.Plan plan = sync.planChanged(paths);
            if (plan.isEmpty()) {
                return;
            }
            StoreSync.Report report = sync.apply(plan, Instant.now());
            report(report, paths.size());
            Instant modified = store.lastModified().orElse(Instant.now());
            server.storeChanged(modified);
            refreshDumps();
        } catch (Exception e) {
            err.println("error: updating the store: " + e);
            err.flush();
        }
    }

    /** Writes the dumps of the store as it is when the writing begins, unless they are current. */
    private void refreshDumps() {
        if (!dumpPending.compareAndSet(false, true)) {
            return;
        }
        try {
            dumpWriter.execute(() -> {
                dumpPending.set(false);
                Instant modified = store.lastModified().orElse(Instant.EPOCH);
                try {
                    if (!dumps.currentFor(modified)) {
                        dumps.write(store.datasetGraph(), modified);
                        server.dumpsChanged();
                    }
                } catch (IOException | UncheckedIOException e) {
                    err.println("error: writing the dumps to " + dumps.directory() + ": " + e.getMessage());
                    err.flush();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            dumpPending.set(false);
        }
    }

    private void report(StoreSync.Report report, int documents) {
        report.failures().forEach(f -> err.println("error: " + f.message()));
        err.flush();
        String where = settings.storeDirectory().map(Path::toString).orElse("memory");
        if (report.rebuilt()) {
            out.printf("Built %s from %d of %d documents (%d quads) in %.1f s.%n", where, report.converted(), documents,
                    report.quads(), report.took().toMillis() / 1000.0);
        } else if (report.converted() + report.removed() > 0) {
            out.printf("Updated %s: %d documents added or changed (%d quads), %d removed, %d unchanged, in %.1f s.%n",
                    where, report.converted(), report.quads(), report.removed(), report.unchanged(),
                    report.took().toMillis() / 1000.0);
        } else {
            out.printf("Store %s is up to date with %d documents.%n", where, report.unchanged());
        }
        out.flush();
    }

    /** Serves until the process is stopped. */
    public void join() {
        server.join();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        // Never interrupt: a thread interrupted in the middle of file I/O closes the store's files.
        // Work that outlasts the grace (a dump of a large store) is abandoned as the process ends,
        // which the dumps' temporary files and the store's journal make safe.
        background.shutdown();
        dumpWriter.getQueue().clear(); // a dump not begun is dropped; one being written goes on
        dumpWriter.shutdown();
        try {
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            background.awaitTermination(SHUTDOWN_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            dumpWriter.awaitTermination(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) {
            server.close(SHUTDOWN_GRACE);
        }
        store.close();
        if (settings.temporaryDumps()) {
            FileTrees.delete(settings.dumpsDirectory());
        }
    }

}
