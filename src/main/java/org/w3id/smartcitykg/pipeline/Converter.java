package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.smartcitykg.extract.Extraction;
import org.w3id.smartcitykg.extract.Extractor;
import org.w3id.smartcitykg.extract.KnownNames;
import org.w3id.smartcitykg.extract.Lexicons;
import org.w3id.smartcitykg.extract.RuleBasedExtractor;
import org.w3id.smartcitykg.ingest.DefaultIngestor;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.IngestException;
import org.w3id.smartcitykg.ingest.Ingestor;
import org.w3id.smartcitykg.link.DefaultLinker;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.ProgrammeResolver;
import org.w3id.smartcitykg.link.LinkedDocument;
import org.w3id.smartcitykg.link.ProgrammeRegistry;
import org.w3id.smartcitykg.link.Linker;
import org.w3id.smartcitykg.rdf.DocumentMapper;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.rdf.QuadBuffer;

/**
 * The whole road for one document: ingest, extract, link, map. A document's quads reach the sink
 * only when all of it converted, so a failure never leaves half a document behind.
 */
public final class Converter {
    private final Ingestor ingestor;
    private final Extractor extractor;
    private final Linker linker;
    private final DocumentMapper mapper;

    public Converter(Ingestor ingestor, Extractor extractor, Linker linker, DocumentMapper mapper) {
        this.ingestor = ingestor;
        this.extractor = extractor;
        this.linker = linker;
        this.mapper = mapper;
    }

    /** The standard pipeline with the bundled lexicons and gazetteer. */
    public static Converter standard(IriScheme iris) {
        // The gazetteer, the language model and the registry take a tenth of a second or more
        // each to read: read them side by side. Not on the common pool, which two cores give
        // a single thread.
        ExecutorService loaders = Executors.newFixedThreadPool(2);
        try {
            var gazetteer = CompletableFuture.supplyAsync(GeoNamesGazetteer::load, loaders);
            var registry = CompletableFuture.supplyAsync(ProgrammeRegistry::load, loaders);
            Lexicons lexicons = Lexicons.fromClasspath();
            Ingestor ingestor = DefaultIngestor.standard(lexicons.languages());
            KnownNames programmes = new ProgrammeResolver(registry.join())::scan;
            return new Converter(ingestor, new RuleBasedExtractor(lexicons, programmes),
                    new DefaultLinker(gazetteer.join(), registry.join()), new DocumentMapper(iris));
        } finally {
            loaders.shutdown();
        }
    }

    /** Converts one file; its quads go to {@code sink} only if the whole document converted. */
    public DocumentReport convert(Path file, StreamRDF sink) throws IngestException {
        Outcome outcome = convertAll(List.of(file)).get(0);
        if (!outcome.isConverted()) {
            throw outcome.failure();
        }
        outcome.quads().sendTo(sink);
        return outcome.report();
    }

    /** What became of one document of a batch: converted, with its quads, or failed, with the reason. */
    public record Outcome(DocumentReport report, QuadBuffer quads, IngestException failure) {
        static Outcome converted(DocumentReport report, QuadBuffer quads) {
            return new Outcome(report, quads, null);
        }

        static Outcome failed(IngestException failure) {
            return new Outcome(null, null, failure);
        }

        public boolean isConverted() {
            return failure == null;
        }
    }

    /** Most documents a batch holds: enough for each stage's tables to stay in the processor's caches across it. */
    public static final int MAX_BATCH = 64;

    /**
     * Converts {@code files} stage by stage: all are ingested, then all extracted (a language's
     * documents together), then linked, then mapped. Each stage's tables (the language model, the lexicons and registry, the
     * gazetteer) are read by many documents in a row, and stay in the processor's caches,
     * where one document's walk through all stages pushes the others' out. Each document
     * succeeds or fails on its own; outcomes come in the order of {@code files}.
     */
    public List<Outcome> convertAll(List<Path> files) {
        return convertAll(files, new StepClock());
    }

    /**
     * When the document a batch is working on began its current stage: a batch is stuck, rather
     * than long, when one document's stage has run past a document's budget.
     */
    public static final class StepClock {
        private volatile long began = System.nanoTime();

        void tick() {
            began = System.nanoTime();
        }

        public boolean stuckFor(java.time.Duration budget) {
            return System.nanoTime() - began > budget.toNanos();
        }
    }

    /** {@link #convertAll(List)}, telling {@code clock} when each document begins each stage. */
    public List<Outcome> convertAll(List<Path> files, StepClock clock) {
        int n = files.size();
        Document[] documents = new Document[n];
        Extraction[] extractions = new Extraction[n];
        LinkedDocument[] linked = new LinkedDocument[n];
        IngestException[] failures = new IngestException[n];
        stage(files, failures, clock, IntStream.range(0, n), i -> documents[i] = ingestor.ingest(files.get(i)));
        stage(files, failures, clock, byLanguage(documents), i -> extractions[i] = extractor.extract(documents[i]));
        stage(files, failures, clock, IntStream.range(0, n), i -> linked[i] = linker.link(documents[i], extractions[i]));
        List<Outcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outcomes.add(failures[i] != null ? Outcome.failed(failures[i]) : mapped(files.get(i), documents[i], linked[i]));
        }
        return outcomes;
    }

    /** One stage's work on one document of a batch. */
    private interface Step {
        void run(int document) throws IngestException;
    }

    /** Runs {@code step} on the batch's documents in {@code order} that have not failed; a document that fails now is marked. */
    private static void stage(List<Path> files, IngestException[] failures, StepClock clock, IntStream order, Step step) {
        order.filter(i -> failures[i] == null).forEach(i -> {
            clock.tick();
            if (Thread.currentThread().isInterrupted()) {
                // The batch was given up: its outcomes are no longer awaited.
                failures[i] = new IngestException(files.get(i), "conversion was given up");
                return;
            }
            try {
                step.run(i);
            } catch (IngestException e) {
                failures[i] = e;
            } catch (RuntimeException e) {
                failures[i] = new IngestException(files.get(i), "conversion failed: " + e);
            }
        });
    }

    /**
     * The indexes of {@code documents} with those of one language together, in their order
     * otherwise: a language's lexicon and morphology then serve its documents one after another.
     */
    private static IntStream byLanguage(Document[] documents) {
        return IntStream.range(0, documents.length).boxed()
                .sorted(java.util.Comparator.comparing(i -> documents[i] == null ? "" : documents[i].language()))
                .mapToInt(Integer::intValue);
    }

    private Outcome mapped(Path file, Document document, LinkedDocument linked) {
        QuadBuffer quads = new QuadBuffer();
        try {
            mapper.write(linked, quads);
        } catch (RuntimeException e) {
            return Outcome.failed(new IngestException(file, "conversion failed: " + e));
        }
        return Outcome.converted(new DocumentReport(file, document, linked, quads.size()), quads);
    }

    /**
     * {@code files} cut into consecutive batches for {@code threads} threads: at most {@link
     * #MAX_BATCH} documents each, and at least four batches a thread where there are enough
     * documents, so that the threads share the work evenly.
     */
    public static List<List<Path>> batches(List<Path> files, int threads) {
        int size = Math.max(1, Math.min(MAX_BATCH, ceilDiv(files.size(), 4 * Math.max(1, threads))));
        List<List<Path>> batches = new ArrayList<>();
        for (int from = 0; from < files.size(); from += size) {
            batches.add(List.copyOf(files.subList(from, Math.min(files.size(), from + size))));
        }
        return batches;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    public record DocumentReport(Path file, Document document, LinkedDocument linked, int quads) {
        public List<String> warnings() {
            return linked.warnings();
        }
    }
}
