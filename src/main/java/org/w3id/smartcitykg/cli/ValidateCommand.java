package org.w3id.smartcitykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.ShapeValidation;
import org.w3id.smartcitykg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: SHACL report against ontology/shapes.ttl; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check RDF files, or the store's union graph, against the SHACL shapes in ontology/shapes.ttl.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files (any syntax Jena reads).")
    List<Path> files;

    @Option(names = "--store", paramLabel = "DIR", description = "Validate this TDB2 store (default: data/store).")
    Path store;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Graph data = files == null || files.isEmpty() ? fromStore() : fromFiles();
        ShapeValidation.Report report = ShapeValidation.validate(Bundled.shapes(), data);
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.println(report.conforms() ? "Conforms: " + data.size() + " triples, no violations."
                : report.violations() + " violation(s) in " + data.size() + " triples.");
        out.flush();
        return report.conforms() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private Graph fromFiles() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CliException(ExitCodes.FAILED, f + ": no such file");
            }
            try {
                RDFParser.source(f).parse(graph);
            } catch (RiotException e) {
                throw new CliException(ExitCodes.FAILED, f + ": not readable RDF (" + e.getMessage() + ")");
            }
        }
        return graph;
    }

    private Graph fromStore() throws IOException {
        Path dir = store != null ? store : Path.of(StoreOptions.DEFAULT_STORE);
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILED, dir + ": no store here (run serve first, or give --store)");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(dir)) {
            return Txn.calculateRead(ks.datasetGraph(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                ks.datasetGraph().getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
