package org.w3id.smartcitykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.smartcitykg.pipeline.BatchConverter;
import org.w3id.smartcitykg.pipeline.StoreSync;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.pipeline.Explanation;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code convert}: documents to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert news documents to RDF (each document in a named graph of its own in quad formats).")
public final class ConvertCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents, or folders of documents.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig or jsonld (default: ${DEFAULT-VALUE}).")
    RdfOutput.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--explain", description = "Print, for a person, each entity and fact with the text that supports it, instead of RDF.")
    boolean explain;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    BaseIriOption base;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Inputs.expand(inputs);
        StoreSync.Options options = conversion.syncOptions();
        BatchConverter batch = new BatchConverter(Converter.standard(base.scheme()), options.threads(),
                options.documentBudget());
        PrintWriter err = spec.commandLine().getErr();
        BatchConverter.BatchReport report;
        try (java.io.PrintStream text = new java.io.PrintStream(main.data(), true, java.nio.charset.StandardCharsets.UTF_8);
             OutputStream out = explain ? OutputStream.nullOutputStream() : open();
             RdfOutput writer = RdfOutput.create(format, out, base.scheme())) {
            report = batch.convertAll(files, writer.sink(), err::println, r -> describe(r, text, err),
                    output != null ? conversion.progress(spec) : org.w3id.smartcitykg.pipeline.Progress.NONE);
        }
        for (BatchConverter.Failure f : report.failures()) {
            err.println("error: " + f.message());
        }
        err.flush();
        if (report.failures().isEmpty()) {
            return ExitCodes.OK;
        }
        return report.converted() == 0 ? ExitCodes.FAILED : ExitCodes.PARTIAL;
    }

    /** What --explain and --verbose say of one converted document. */
    private void describe(Converter.DocumentReport r, java.io.PrintStream text, PrintWriter err) {
        if (explain) {
            Explanation.of(r.linked()).forEach(text::println);
        }
        if (verbose.verbose) {
            err.println(r.file() + ": " + r.document().language() + ", " + r.linked().entities().size() + " entities, "
                    + r.linked().facts().size() + " facts, " + r.quads() + " quads");
        }
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(main.data(), 1 << 16);
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CliException(ExitCodes.FAILED, output + ": cannot write there: permission denied", e);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new CliException(ExitCodes.FAILED, output + ": cannot write there: " + e.getFile()
                    + " is a file, not a folder", e);
        } catch (java.nio.file.FileSystemException e) {
            throw new CliException(ExitCodes.FAILED, output + ": cannot write there: "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
        }
    }
}
