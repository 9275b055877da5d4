package org.w3id.smartcitykg.serve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.Prefixes;
import org.w3id.smartcitykg.store.Dumps;
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
        private Dumps dumps;
        private Instant modified;

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

        /** Where the dumps were written, to serve them and describe them in VoID and DCAT-AP. */
        public Builder dumps(Dumps value) {
            this.dumps = value;
            return this;
        }

        /** When the store last changed (default: now), for Last-Modified and the descriptions. */
        public Builder modified(Instant value) {
            this.modified = value;
            return this;
        }

        public SmartCityServer build() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, options.firstResultTimeout().toMillis() + ","
                    + options.overallTimeout().toMillis());
            String name = "/" + options.datasetName();
            CannedQueryRunner runner = runner();
            LocalLinks links = new LocalLinks(iris.base());
            PublishedDataset published = new PublishedDataset(dataset, iris.base(), Optional.ofNullable(dumps),
                    modified != null ? modified : Instant.now());
            PrefixMapping prefixes = Prefixes.standard(iris.base());
            ResultPages resultPages = new ResultPages(links);
            FusekiServer.Builder builder = FusekiServer.create(OperationRegistry.createStd(), context)
                    .port(options.port())
                    .loopback(options.loopbackOnly())
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addDataset(name, dataset)
                    .addEndpoint(name, "sparql", Operation.Query)
                    .addEndpoint(name, "get", Operation.GSP_R)
                    .addServlet("/api/queries/*", new QueryApiServlet(runner, resultPages))
                    .addServlet("/api/openapi.json", new OpenApiServlet(runner, version))
                    .addServlet(LocalLinks.ID_PATH + "*", new ResourceServlet(new Describer(dataset),
                            new ResourcePage(dataset, links), links, prefixes, published))
                    .addServlet(LocalLinks.ONTOLOGY_PATH, new OntologyServlet(Bundled.ontology(), prefixes,
                            published.modified()))
                    .addServlet(MetadataServlet.VOID_PATH, MetadataServlet.voidDescription(published))
                    .addServlet(MetadataServlet.DCAT_PATH, MetadataServlet.dcat(published))
                    .addServlet("/dumps/*", new DumpServlet(published))
                    .addServlet("/assets/*", new AssetServlet())
                    .addServlet("", new HomeServlet(published, runner.catalogue(), resultPages, links))
                    .addFilter(name + "/sparql", new ServiceDescriptionFilter(published));
            AccessLogFilter accessLog = new AccessLogFilter();
            for (String path : new String[] {"", "/id/*", "/ontology", "/.well-known/*", "/dcat", "/dumps/*", "/assets/*",
                "/api/*"}) {
                builder.addFilter(path, accessLog);
            }
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
                "Home page and editor:    " + baseUrl(),
                "SPARQL query (GET/POST): " + sparqlUrl(),
                "Graph Store (read):      " + graphStoreUrl(),
                "Canned queries (API):    " + baseUrl() + "api/queries",
                "OpenAPI:                 " + baseUrl() + "api/openapi.json",
                "Resources:               " + baseUrl() + "id/…, ontology at " + baseUrl() + "ontology",
                "VoID / DCAT-AP / dumps:  " + baseUrl() + ".well-known/void, " + baseUrl() + "dcat, "
                        + baseUrl() + "dumps/",
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
