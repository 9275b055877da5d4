package org.w3id.smartcitykg.cli;

import java.time.Duration;
import org.w3id.smartcitykg.pipeline.Progress;
import org.w3id.smartcitykg.pipeline.StoreSync;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How documents are converted: threads, each document's time budget, and whether to show progress. */
public final class ConversionOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads (default: one per core).")
    Integer threads;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A document that takes longer fails with an error and the rest go on (default: ${DEFAULT-VALUE}).")
    long documentTimeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    StoreSync.Options syncOptions() {
        StoreSync.Options d = StoreSync.Options.defaults();
        return new StoreSync.Options(threads != null ? threads : d.threads(), d.batchDocuments(),
                Duration.ofSeconds(documentTimeoutSeconds));
    }

    /** A progress bar on the terminal; none when the output is not one, or with --quiet. */
    Progress progress(CommandSpec spec) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress();
    }
}
