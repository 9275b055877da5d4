package org.w3id.smartcitykg.serve;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The embedded Fuseki server: the store read-only, SPARQL query at {@code /smartcity/sparql},
 * Graph Store read at {@code /smartcity/get}, CORS, ping and metrics. It has no update endpoint.
 */
public final class SmartCityServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerOptions options;

    private SmartCityServer(FusekiServer server, ServerOptions options) {
        this.server = server;
        this.options = options;
    }

    public static SmartCityServer create(DatasetGraph dataset, ServerOptions options) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, options.firstResultTimeout().toMillis() + ","
                + options.overallTimeout().toMillis());
        String name = "/" + options.datasetName();
        FusekiServer.Builder builder = FusekiServer.create(OperationRegistry.createStd(), context)
                .port(options.port())
                .loopback(options.loopbackOnly())
                .enableCors(true, null)
                .enablePing(true)
                .enableMetrics(true)
                .addDataset(name, dataset)
                .addEndpoint(name, "sparql", Operation.Query)
                .addEndpoint(name, "get", Operation.GSP_R);
        return new SmartCityServer(builder.build(), options);
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
