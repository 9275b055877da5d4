package org.w3id.smartcitykg.serve;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.w3id.smartcitykg.query.CannedQueryRunner;
import org.w3id.smartcitykg.query.GazetteerCityNames;
import org.w3id.smartcitykg.query.GraphLookup;
import org.w3id.smartcitykg.query.Paging;
import org.w3id.smartcitykg.query.QueryCatalogue;
import org.w3id.smartcitykg.query.QueryTarget;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * The embedded Fuseki server: the store read-only, SPARQL query at {@code /smartcity/sparql},
 * Graph Store read at {@code /smartcity/get}, the canned queries at {@code /api/}, CORS, ping and
 * metrics. It has no update endpoint.
 */
public final class SmartCityServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerOptions options;

    private SmartCityServer(FusekiServer server, ServerOptions options) {
        this.server = server;
        this.options = options;
    }

    /** A server with the bundled queries and the standard IRI base. */
    public static SmartCityServer create(DatasetGraph dataset, ServerOptions options) {
        return builder(dataset).options(options).build();
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** What the server serves, set piece by piece; unset pieces take their defaults. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private ServerOptions options = ServerOptions.defaults();
        private QueryCatalogue catalogue;
        private IriScheme iris = IriScheme.standard();
        private String version = "dev";

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        public Builder options(ServerOptions value) {
            this.options = value;
            return this;
        }

        public Builder catalogue(QueryCatalogue value) {
            this.catalogue = value;
            return this;
        }

        public Builder iris(IriScheme value) {
            this.iris = value;
            return this;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public SmartCityServer build() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, options.firstResultTimeout().toMillis() + ","
                    + options.overallTimeout().toMillis());
            String name = "/" + options.datasetName();
            CannedQueryRunner runner = runner();
            LocalLinks links = new LocalLinks(iris.base());
            FusekiServer.Builder builder = FusekiServer.create(OperationRegistry.createStd(), context)
                    .port(options.port())
                    .loopback(options.loopbackOnly())
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addDataset(name, dataset)
                    .addEndpoint(name, "sparql", Operation.Query)
                    .addEndpoint(name, "get", Operation.GSP_R)
                    .addServlet("/api/queries/*", new QueryApiServlet(runner, new ResultPages(links)))
                    .addServlet("/api/openapi.json", new OpenApiServlet(runner, version));
            return new SmartCityServer(builder.build(), options);
        }

        private CannedQueryRunner runner() {
            QueryTarget target = QueryTarget.local(DatasetFactory.wrap(dataset),
                    TimeUnit.MILLISECONDS.toSeconds(options.overallTimeout().toMillis()));
            return new CannedQueryRunner(catalogue != null ? catalogue : QueryCatalogue.bundled(), target,
                    new GraphLookup(target, GazetteerCityNames.loading(iris)), Paging.Limits.standard());
        }
    }

    public SmartCityServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://" + (options.loopbackOnly() ? "localhost" : options.host()) + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return baseUrl() + options.datasetName() + "/sparql";
    }

    public String graphStoreUrl() {
        return baseUrl() + options.datasetName() + "/get";
    }

    /** What the server answers, one line each, for the console. */
    public List<String> describe() {
        return List.of(
                "SPARQL query (GET/POST): " + sparqlUrl(),
                "Graph Store (read):      " + graphStoreUrl(),
                "Canned queries (API):    " + baseUrl() + "api/queries",
                "OpenAPI:                 " + baseUrl() + "api/openapi.json",
                "Health:                  " + baseUrl() + "$/ping",
                "Metrics (Prometheus):    " + baseUrl() + "$/metrics");
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
