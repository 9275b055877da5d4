package org.w3id.smartcitykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.smartcitykg.corpus.CorpusGenerator;
import org.w3id.smartcitykg.corpus.CorpusStatistics;
import org.w3id.smartcitykg.corpus.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench corpus}: a synthetic corpus, the same for the same seed, to convert at scale. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write --size synthetic news documents (and their manifest.csv) into --out, "
                + "deterministic from --seed, to benchmark the converter at scale.")
public final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "1000", description = "Number of documents (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed writes the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--languages", split = ",", defaultValue = "pl,ro,bg",
            description = "Languages, taking turns (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--out", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (size < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--size must not be negative");
        }
        long start = System.nanoTime();
        CorpusGenerator generator;
        try {
            generator = new CorpusGenerator(seed, languages);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CorpusStatistics statistics = CorpusWriter.write(generator, size, out);
        PrintWriter err = spec.commandLine().getOut();
        err.printf("%s, written to %s in %.1f s%n", statistics, out, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
