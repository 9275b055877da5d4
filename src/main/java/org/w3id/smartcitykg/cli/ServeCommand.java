package org.w3id.smartcitykg.cli;

import org.w3id.smartcitykg.store.Dumps;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.smartcitykg.pipeline.BatchConverter;
import org.w3id.smartcitykg.pipeline.BundledSeeds;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.serve.ServerOptions;
import org.w3id.smartcitykg.serve.SmartCityServer;
import org.w3id.smartcitykg.store.Fingerprint;
import org.w3id.smartcitykg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serve}: convert documents into the store (when they changed) and serve it read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Convert documents (default: the bundled seeds) into a TDB2 store and serve it read-only "
                + "over SPARQL. The store is reused as it is when the inputs have not changed.")
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

    @Mixin
    EndpointLimitOptions limits;

    @Mixin
    BaseIriOption base;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = documents == null || documents.isEmpty() ? BundledSeeds.files() : Inputs.expand(documents);
        KnowledgeStore store = storeOptions.memory ? KnowledgeStore.inMemory()
                : KnowledgeStore.open(storeOptions.storeOrDefault());
        String fingerprint = Fingerprint.of(Fingerprint.converterBuild(Main.class), base.baseIri, files);
        if (store.fingerprint().filter(fingerprint::equals).isPresent()) {
            out.println("Store " + storeOptions.storeOrDefault() + " is up to date with " + files.size()
                    + " documents; serving it as it is.");
        } else {
            BatchConverter converter = new BatchConverter(Converter.standard(base.scheme()));
            BatchConverter.BatchReport report = store.rebuild(base.scheme(), Bundled.ontology(), converter, files,
                    fingerprint, err::println);
            report.failures().forEach(f -> err.println("error: " + f.message()));
            out.println("Converted " + report.converted().size() + " of " + files.size() + " documents ("
                    + report.quads() + " quads) into " + (storeOptions.memory ? "memory"
                    : storeOptions.storeOrDefault().toString()) + ".");
        }
        java.time.Instant modified = store.lastModified(base.scheme()).orElse(java.time.Instant.now());
        Dumps dumps = new Dumps(dumpsFolder());
        if (!dumps.currentFor(modified)) {
            dumps.write(store.datasetGraph(), modified);
            out.println("Wrote the dumps to " + dumps.directory() + ".");
        }
        SmartCityServer server = SmartCityServer.builder(store.datasetGraph())
                .dumps(dumps)
                .modified(modified)
                .options(limits.applyTo(ServerOptions.defaults().withPort(port).withHost(host)))
                .catalogue(org.w3id.smartcitykg.query.QueryCatalogue.standard())
                .iris(base.scheme())
                .version(VersionProvider.version())
                .build().start();
        server.describe().forEach(out::println);
        out.println("Read-only; press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "smartcity-kg-shutdown"));
        server.join();
        return ExitCodes.OK;
    }

    private Path dumpsFolder() throws IOException {
        if (dumpsDirectory != null) {
            return dumpsDirectory;
        }
        if (storeOptions.memory) {
            Path tmp = java.nio.file.Files.createTempDirectory("smartcity-kg-dumps");
            tmp.toFile().deleteOnExit();
            return tmp;
        }
        Path storeDir = storeOptions.storeOrDefault().toAbsolutePath();
        return storeDir.resolveSibling("dumps");
    }
}
