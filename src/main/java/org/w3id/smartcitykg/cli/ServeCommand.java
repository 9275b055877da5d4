package org.w3id.smartcitykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.sys.JenaSystem;
import org.w3id.smartcitykg.pipeline.BundledSeeds;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.serve.ServerOptions;
import org.w3id.smartcitykg.service.Publication;
import org.w3id.smartcitykg.store.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serve}: bring the store up to date with the documents and serve it read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Convert documents (default: the bundled seeds) into a TDB2 store and serve it read-only "
                + "over SPARQL. Only documents added, changed or removed since the last run are converted.")
public final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DOCS", description = "Documents or folders (default: the seeds).")
    List<Path> documents;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--dumps", paramLabel = "DIR",
            description = "Folder of the dump files (default: 'dumps' beside the store; a temporary one with --mem).")
    Path dumpsDirectory;

    @Option(names = "--watch", description = "Keep following the DOCS folders: documents added, changed or removed "
            + "there are converted and applied while serving.")
    boolean watch;

    @Mixin
    ConversionOptions conversion;

    @Mixin
    EndpointLimitOptions limits;

    @Mixin
    BaseIriOption base;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Jena initialises itself from whichever of its classes is used first; two threads doing
        // that at once can each wait for a class the other is initialising, forever.
        JenaSystem.init();
        storeOptions.applyFileMode();
        boolean seeds = documents == null || documents.isEmpty();
        Publication.Documents files = seeds ? BundledSeeds::files : () -> Inputs.expand(documents);
        List<Path> folders = seeds ? List.of() : documents.stream().filter(Files::isDirectory).toList();
        if (watch && folders.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "--watch needs at least one folder of documents");
        }
        Publication.Settings settings = new Publication.Settings(files, folders,
                storeOptions.memory ? Optional.empty() : Optional.of(storeOptions.storeOrDefault()),
                dumpsFolder(), storeOptions.memory && dumpsDirectory == null, base.scheme(), Bundled::ontology,
                limits.applyTo(ServerOptions.defaults().withPort(port).withHost(host)),
                QueryCatalogue.onFirstUse(QueryCatalogue::standard),
                Fingerprint.of(Fingerprint.converterBuild(Main.class), base.baseIri), VersionProvider.version(),
                conversion.syncOptions());
        Publication publication = Publication.prepare(settings, () -> Converter.standard(base.scheme()),
                conversion.progress(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                publication.close();
            } catch (IOException e) {
                // the process is ending: nothing is left to tell
            }
        }, "smartcity-kg-shutdown"));
        publication.start(watch);
        spec.commandLine().getOut().println("Read-only; press Ctrl-C to stop.");
        spec.commandLine().getOut().flush();
        publication.join();
        return ExitCodes.OK;
    }

    private Path dumpsFolder() throws IOException {
        if (dumpsDirectory != null) {
            return dumpsDirectory;
        }
        if (storeOptions.memory) {
            return Files.createTempDirectory("smartcity-kg-dumps");
        }
        return storeOptions.storeOrDefault().toAbsolutePath().resolveSibling("dumps");
    }
}
