package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Converts many files into one sink, in input order, on several threads; a file that fails or
 * runs out of time is reported and the batch goes on. Nothing of a converted document is kept
 * after it is written unless the caller keeps it, so the batch can be as large as the corpus.
 */
public final class BatchConverter {
    private final Converter converter;
    private final int threads;
    private final Duration documentBudget;

    public BatchConverter(Converter converter) {
        this(converter, 1, Duration.ofMinutes(10));
    }

    public BatchConverter(Converter converter, int threads, Duration documentBudget) {
        this.converter = converter;
        this.threads = threads;
        this.documentBudget = documentBudget;
    }

    public record Failure(Path file, String reason) {
        public String message() {
            return file + ": " + reason;
        }
    }

    /** How the batch went: documents converted, quads written, and every failure. */
    public record BatchReport(int converted, long quads, List<Failure> failures) {}

    public BatchReport convertAll(List<Path> files, StreamRDF sink, Consumer<String> warnings) throws Exception {
        return convertAll(files, sink, warnings, report -> { }, Progress.NONE);
    }

    /** As above; {@code each} sees every converted document, in input order, after its quads were written. */
    public BatchReport convertAll(List<Path> files, StreamRDF sink, Consumer<String> warnings,
                                  Consumer<Converter.DocumentReport> each, Progress progress) throws Exception {
        List<Failure> failures = new ArrayList<>();
        int[] converted = {0};
        long[] quads = {0};
        progress.start("Converting", files.size());
        try {
            new ParallelConversion(converter, threads, documentBudget).run(files, new ParallelConversion.Outcomes() {
                @Override
                public void converted(ParallelConversion.Converted doc) {
                    doc.report().warnings().forEach(w -> warnings.accept(doc.report().file() + ": warning: " + w));
                    doc.quads().sendTo(sink);
                    converted[0]++;
                    quads[0] += doc.quads().size();
                    each.accept(doc.report());
                    progress.advance(1);
                }

                @Override
                public void failed(Failure failure) {
                    failures.add(failure);
                    progress.advance(1);
                }
            });
        } finally {
            progress.close();
        }
        return new BatchReport(converted[0], quads[0], failures);
    }
}
