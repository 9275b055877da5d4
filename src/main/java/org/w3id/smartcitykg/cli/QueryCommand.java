package org.w3id.smartcitykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetRewindable;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.ParameterBinder;
import org.w3id.smartcitykg.query.ParameterException;
import org.w3id.smartcitykg.query.QueryCatalogue;
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
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query from queries/ by name, a .rq file, or --sparql TEXT, "
                + "against the local store or a SPARQL endpoint.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A canned query's name or a .rq file.")
    String nameOrFile;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "SPARQL SELECT text to run.")
    String sparql;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of a canned query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the canned queries.")
    boolean list;

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
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        QueryCatalogue catalogue = QueryCatalogue.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (CannedQuery q : catalogue.all()) {
                out.printf("%-28s %s%n", q.name(), q.summary());
            }
            out.flush();
            return ExitCodes.OK;
        }
        ResultFormat resultFormat = resultFormat();
        CannedQuery canned = resolve(catalogue);
        Map<String, Node> bindings;
        try {
            bindings = ParameterBinder.bind(canned, params);
        } catch (ParameterException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        Query query = parse(canned);
        ResultSetRewindable results = run(query, bindings);
        out.flush();
        try (java.io.OutputStream data = main.data()) {
            resultFormat.write(results, data);
        }
        return ExitCodes.OK;
    }

    private ResultFormat resultFormat() {
        try {
            return ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--format: '" + format + "' is not one of table, csv, tsv, json");
        }
    }

    private CannedQuery resolve(QueryCatalogue catalogue) throws IOException {
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
        return catalogue.get(nameOrFile).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no canned query named '" + nameOrFile + "' (query --list shows them)"));
    }

    private static Query parse(CannedQuery canned) {
        try {
            Query q = QueryFactory.create(canned.sparql());
            if (!q.isSelectType()) {
                throw new CliException(ExitCodes.USAGE, canned.name() + ": only SELECT queries are supported here");
            }
            return q;
        } catch (QueryParseException e) {
            throw new CliException(ExitCodes.USAGE, canned.name() + ": not valid SPARQL (" + e.getMessage() + ")");
        }
    }

    private ResultSetRewindable run(Query query, Map<String, Node> bindings) throws IOException {
        if (source.endpoint != null) {
            try {
                return QueryTarget.endpoint(source.endpoint, timeoutSeconds).select(query, bindings);
            } catch (RuntimeException e) {
                throw new CliException(ExitCodes.FAILED, source.endpoint + ": " + e.getMessage(), e);
            }
        }
        Path dir = source.store != null ? source.store : Path.of(StoreOptions.DEFAULT_STORE);
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILED, dir + ": no store here (run serve first, or give --store)");
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            return QueryTarget.local(store.dataset(), timeoutSeconds).select(query, bindings);
        }
    }
}
