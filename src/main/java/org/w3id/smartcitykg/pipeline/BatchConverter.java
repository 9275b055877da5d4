package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.smartcitykg.ingest.IngestException;

/** Converts many files into one sink; a file that fails is reported and the batch goes on. */
public final class BatchConverter {
    private final Converter converter;

    public BatchConverter(Converter converter) {
        this.converter = converter;
    }

    public record Failure(Path file, String reason) {
        public String message() {
            return file + ": " + reason;
        }
    }

    public record BatchReport(List<Converter.DocumentReport> converted, List<Failure> failures) {
        public int quads() {
            return converted.stream().mapToInt(Converter.DocumentReport::quads).sum();
        }
    }

    public BatchReport convertAll(List<Path> files, StreamRDF sink, Consumer<String> warnings) {
        List<Converter.DocumentReport> converted = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                Converter.DocumentReport report = converter.convert(file, sink);
                report.warnings().forEach(w -> warnings.accept(file + ": warning: " + w));
                converted.add(report);
            } catch (IngestException e) {
                failures.add(new Failure(e.file(), e.reason()));
            }
        }
        return new BatchReport(converted, failures);
    }
}
