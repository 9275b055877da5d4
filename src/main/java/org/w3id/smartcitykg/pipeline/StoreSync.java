package org.w3id.smartcitykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.w3id.smartcitykg.ingest.IngestException;
import org.w3id.smartcitykg.ingest.SourceText;
import org.w3id.smartcitykg.ingest.TextFileReader;
import org.w3id.smartcitykg.store.KnowledgeStore;
import org.w3id.smartcitykg.store.KnowledgeStore.DocumentGraph;

/**
 * Brings a store up to date with a set of documents. It compares each file's checksum with what
 * the store recorded and converts only what is new or changed, on all cores; it removes what is
 * gone. A store built by another converter (or for another base IRI), or an empty one, is built
 * anew through the bulk loader; otherwise changes go in one transaction per batch, so a reader
 * sees each document entirely before or entirely after. The converter is only made when there is
 * something to convert: serving an up-to-date store loads no gazetteer.
 */
public final class StoreSync {
    /** How the work is done: threads, documents per transaction, and each document's time budget. */
    public record Options(int threads, int batchDocuments, Duration documentBudget) {
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 500, Duration.ofSeconds(30));
        }
    }

    /** What must change: files to convert, documents to remove, and whether to build anew. */
    public record Plan(List<Path> convert, Set<String> remove, int unchanged, boolean rebuild,
                       List<BatchConverter.Failure> refused) {
        public boolean isEmpty() {
            return convert.isEmpty() && remove.isEmpty() && !rebuild;
        }
    }

    /** What was done. */
    public record Report(int converted, int removed, int unchanged, long quads, boolean rebuilt,
                         List<BatchConverter.Failure> failures, Duration took) {}

    private final KnowledgeStore store;
    private final Supplier<Graph> ontology;
    private final String build;
    private final Supplier<Converter> converterFactory;
    private Converter converter;
    private final Options options;
    private final Progress progress;
    private final Consumer<String> warnings;

    public StoreSync(KnowledgeStore store, Supplier<Graph> ontology, String build, Supplier<Converter> converter,
                     Options options, Progress progress, Consumer<String> warnings) {
        this.store = store;
        this.ontology = ontology;
        this.build = build;
        this.converterFactory = converter;
        this.options = options;
        this.progress = progress;
        this.warnings = warnings;
    }

    /** Converts, loads and removes what is needed to make the store hold exactly {@code files}. */
    public Report sync(List<Path> files) throws Exception {
        return apply(plan(files), Instant.now());
    }

    /**
     * Whether the store must be built anew before it can be served: it is empty, or was built by
     * another converter or for another base. Otherwise it can answer as it is while it catches up.
     */
    public boolean needsRebuild() {
        return !store.holdsDocuments() || !store.build().map(build::equals).orElse(false);
    }

    public Plan plan(List<Path> files) {
        Map<String, KnowledgeStore.DocumentVersion> held = store.documents();
        boolean rebuild = held.isEmpty() || !store.build().map(build::equals).orElse(false);
        List<BatchConverter.Failure> refused = new ArrayList<>();
        Map<String, Path> byKey = new HashMap<>();
        List<Path> convert = new ArrayList<>();
        int unchanged = 0;
        for (Path file : files) {
            String key = SourceText.keyOf(file);
            Path other = byKey.putIfAbsent(key, file);
            if (other != null) {
                refused.add(new BatchConverter.Failure(file, "another document has the same name: " + other));
                continue;
            }
            KnowledgeStore.DocumentVersion version = held.get(key);
            if (rebuild || version == null || !version.sha256().equals(sha256OrNone(file))) {
                convert.add(file);
            } else {
                unchanged++;
            }
        }
        Set<String> remove = new HashSet<>();
        if (!rebuild) {
            held.keySet().stream().filter(k -> !byKey.containsKey(k)).forEach(remove::add);
        }
        return new Plan(convert, remove, unchanged, rebuild, refused);
    }

    /** The plan for a few paths that changed on disk (added, changed or deleted), the rest as it is. */
    public Plan planChanged(Collection<Path> paths) {
        // only the records of these documents: a change costs its own look-ups, not the corpus's
        Map<String, KnowledgeStore.DocumentVersion> held = store.documents(
                paths.stream().map(SourceText::keyOf).collect(java.util.stream.Collectors.toSet()));
        List<Path> convert = new ArrayList<>();
        Set<String> remove = new HashSet<>();
        for (Path path : paths) {
            String key = SourceText.keyOf(path);
            KnowledgeStore.DocumentVersion version = held.get(key);
            if (!Files.isRegularFile(path)) {
                if (version != null) {
                    remove.add(key);
                }
            } else if (version == null || !version.sha256().equals(sha256OrNone(path))) {
                convert.add(path);
            }
        }
        return new Plan(convert, remove, 0, false, List.of());
    }

    public Report apply(Plan plan, Instant now) throws Exception {
        long start = System.nanoTime();
        List<BatchConverter.Failure> failures = new ArrayList<>(plan.refused());
        long[] quads = {0};
        int[] converted = {0};
        Set<String> removed = new HashSet<>(plan.remove());
        if (plan.rebuild()) {
            try (KnowledgeStore.BulkBuild bulk = store.bulkRebuild(ontology.get(), build, now)) {
                convertAll(plan.convert(), doc -> {
                    bulk.add(doc);
                    quads[0] += doc.quads().size();
                    converted[0]++;
                }, failures::add);
                bulk.commit();
            }
        } else if (!plan.isEmpty()) {
            List<DocumentGraph> batch = new ArrayList<>();
            convertAll(plan.convert(), doc -> {
                batch.add(doc);
                quads[0] += doc.quads().size();
                converted[0]++;
                if (batch.size() >= options.batchDocuments()) {
                    store.apply(batch, Set.of(), now);
                    batch.clear();
                }
            }, failure -> {
                failures.add(failure);
                // A clean build would not hold a document that no longer converts.
                removed.add(SourceText.keyOf(failure.file()));
            });
            Set<String> held = store.documents(removed).keySet();
            removed.retainAll(held);
            store.apply(batch, removed, now);
        }
        return new Report(converted[0], plan.rebuild() ? 0 : removed.size(), plan.unchanged(), quads[0],
                plan.rebuild(), failures, Duration.ofNanos(System.nanoTime() - start));
    }

    private interface DocumentSink {
        void accept(DocumentGraph doc) throws Exception;
    }

    private void convertAll(List<Path> files, DocumentSink sink, Consumer<BatchConverter.Failure> failed)
            throws Exception {
        if (files.isEmpty()) {
            return;
        }
        progress.start("Converting", files.size());
        try {
            new ParallelConversion(converter(), options.threads(), options.documentBudget()).run(files,
                    new ParallelConversion.Outcomes() {
                        @Override
                        public void converted(ParallelConversion.Converted doc) throws Exception {
                            doc.report().warnings().forEach(w -> warnings.accept(doc.report().file() + ": warning: " + w));
                            sink.accept(new DocumentGraph(doc.report().document().key(),
                                    doc.report().document().source().sha256(), doc.quads().quads()));
                            progress.advance(1);
                        }

                        @Override
                        public void failed(BatchConverter.Failure failure) {
                            failed.accept(failure);
                            progress.advance(1);
                        }
                    });
        } finally {
            progress.close();
        }
    }

    /** The converter, made on first need and kept: it takes seconds to make. */
    /**
     * Makes the converter and runs it a few times over the bundled seeds, writing nothing: a
     * watching server's first change then finds the converter's resources loaded and its code
     * compiled, instead of paying for both (seconds, on a server that has run for a while).
     */
    public void warmConverter() {
        Converter c = converter();
        try {
            List<Path> seeds = BundledSeeds.files();
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                for (Path seed : seeds) {
                    c.convert(seed, StreamRDFLib.sinkNull());
                }
            }
        } catch (IOException | IngestException e) {
            // a warm-up that cannot run only leaves the first change slower
        }
    }

    private static final int WARM_UP_PASSES = 3;

    public synchronized Converter converter() {
        if (converter == null) {
            converter = converterFactory.get();
        }
        return converter;
    }

    /** The file's checksum, or "" when it cannot be read: then it is converted, and fails saying why. */
    private static String sha256OrNone(Path file) {
        try {
            return TextFileReader.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }
}
