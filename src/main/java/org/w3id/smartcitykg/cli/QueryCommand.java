package org.w3id.smartcitykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetRewindable;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.CannedQueryRunner;
import org.w3id.smartcitykg.query.GazetteerCityNames;
import org.w3id.smartcitykg.query.GraphLookup;
import org.w3id.smartcitykg.query.Paging;
import org.w3id.smartcitykg.query.ParameterException;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.query.QueryParameter;
import org.w3id.smartcitykg.query.QueryTarget;
import org.w3id.smartcitykg.query.ResultFormat;
import org.w3id.smartcitykg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code query}: a canned query by name, a .rq file, or inline SPARQL, on a store or an endpoint. */
@Command(name = "query",
        description = "Run a canned query from queries/ by name, a .rq file, or --sparql TEXT, "
                + "against the local store or a SPARQL endpoint. 'query NAME --help' shows a query's parameters.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A canned query's name or a .rq file.")
    String nameOrFile;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "SPARQL SELECT text to run.")
    String sparql;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of a canned query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the canned queries.")
    boolean list;

    @Option(names = {"-h", "--help"}, description = "Show this help, or with NAME the query's parameters.")
    boolean help;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default and maximum: "
            + "1000 and 10000).")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows.")
    Long offset;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store (default: data/store).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint instead of the store.")
        String endpoint;
    }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds before the query is stopped.")
    long timeoutSeconds;

    @Mixin
    BaseIriOption base;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (help && nameOrFile == null && sparql == null) {
            spec.commandLine().usage(out);
            return ExitCodes.OK;
        }
        QueryCatalogue catalogue = QueryCatalogue.standard();
        if (list) {
            new CatalogueListing(out).list(catalogue.all());
            return ExitCodes.OK;
        }
        CannedQuery canned = resolve(catalogue);
        if (help) {
            new CatalogueListing(out).describe(canned, Paging.Limits.standard());
            return ExitCodes.OK;
        }
        ResultFormat resultFormat = ResultFormat.named(format).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "--format: '" + format + "' is not one of table, csv, tsv, json"));
        ResultSetRewindable results = run(catalogue, canned);
        out.flush();
        try (java.io.OutputStream data = main.data()) {
            resultFormat.write(results, data);
        }
        return ExitCodes.OK;
    }

    private CannedQuery resolve(QueryCatalogue catalogue) throws IOException {
        try {
            if (sparql != null) {
                return CannedQuery.parse("inline", sparql);
            }
            if (nameOrFile == null) {
                throw new CliException(ExitCodes.USAGE, "give a query name, a .rq file or --sparql TEXT (see --list)");
            }
            if (nameOrFile.endsWith(".rq")) {
                Path file = Path.of(nameOrFile);
                if (!Files.isRegularFile(file)) {
                    throw new CliException(ExitCodes.USAGE, file + ": no such query file");
                }
                return CannedQuery.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        return catalogue.get(nameOrFile).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no canned query named '" + nameOrFile + "' (query --list shows them)"));
    }

    private ResultSetRewindable run(QueryCatalogue catalogue, CannedQuery canned) throws IOException {
        if (source.endpoint != null) {
            try {
                return execute(catalogue, canned, QueryTarget.endpoint(source.endpoint, timeoutSeconds));
            } catch (RuntimeException e) {
                throw new CliException(ExitCodes.FAILED, source.endpoint + ": " + e.getMessage(), e);
            }
        }
        Path dir = source.store != null ? source.store : Path.of(StoreOptions.DEFAULT_STORE);
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILED, dir + ": no store here (run serve first, or give --store)");
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            return execute(catalogue, canned, QueryTarget.local(store.dataset(), timeoutSeconds));
        }
    }

    private ResultSetRewindable execute(QueryCatalogue catalogue, CannedQuery canned, QueryTarget target) {
        Map<String, String> values = new LinkedHashMap<>(params);
        if (limit != null) {
            values.put(Paging.LIMIT, limit.toString());
        }
        if (offset != null) {
            values.put(Paging.OFFSET, offset.toString());
        }
        CannedQueryRunner runner = new CannedQueryRunner(catalogue, target,
                new GraphLookup(target, cityNames(canned)), Paging.Limits.standard());
        try {
            return runner.run(canned, values);
        } catch (ParameterException e) {
            throw new CliException(ExitCodes.USAGE, canned.name() + ": " + e.getMessage());
        }
    }

    /** The gazetteer is loaded only for a query that has a city to look up. */
    private Function<String, List<Node>> cityNames(CannedQuery canned) {
        boolean needed = canned.parameters().stream().map(QueryParameter::type).anyMatch("city"::equals);
        return needed ? GazetteerCityNames.onDemand(base.scheme()) : name -> List.of();
    }
}
