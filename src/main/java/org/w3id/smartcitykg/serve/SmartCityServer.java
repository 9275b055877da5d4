package org.w3id.smartcitykg.serve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.smartcitykg.rdf.Bundled;
import org.w3id.smartcitykg.rdf.Prefixes;
import org.w3id.smartcitykg.store.Dumps;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
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
import org.w3id.smartcitykg.query.ResultCache;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * The embedded Fuseki server: the store read-only, SPARQL query at {@code /smartcity/sparql},
 * Graph Store read at {@code /smartcity/get}, the canned queries at {@code /api/}, CORS, ping and
 * metrics. It has no update endpoint.
 */
public final class SmartCityServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerOptions options;
    private final PublishedDataset published;
    private final CannedQueryRunner runner;
    private final DeferredMetrics metrics;

    private SmartCityServer(FusekiServer server, ServerOptions options, PublishedDataset published,
                            CannedQueryRunner runner, DeferredMetrics metrics) {
        this.server = server;
        this.options = options;
        this.published = published;
        this.runner = runner;
        this.metrics = metrics;
    }

    /**
     * The store changed (documents added, replaced or removed, or new dumps written): what was
     * computed from it before is dropped, and the first of it is computed again now.
     */
    public void storeChanged(Instant modified) {
        published.changed(modified);
        warmUp();
    }

    /** New dumps were written: VoID, DCAT and the pages that list them are made again. */
    public void dumpsChanged() {
        published.dumpsChanged();
    }

    /**
     * Computes the statistics and the canned answers visitors ask first, in the background, so no
     * visitor waits. One warm-up runs at a time; changes that come while it runs are caught up by
     * one more run after it, not by one run each.
     */
    public void warmUp() {
        if (warmUpPending.compareAndSet(false, true)) {
            try {
                warmUps.execute(() -> {
                    warmUpPending.set(false);
                    metrics.prepare();
                    published.warmUp();
                    runner.warmUp(() -> stopping);
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the server is stopping: nothing to warm any more
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean warmUpPending = new java.util.concurrent.atomic.AtomicBoolean();

    /** Set at stop: the running warm-up ends after its current query. */
    private volatile boolean stopping;

    private final java.util.concurrent.ThreadPoolExecutor warmUps = warmUpWorker();

    private static java.util.concurrent.ThreadPoolExecutor warmUpWorker() {
        var worker = new java.util.concurrent.ThreadPoolExecutor(0, 1, 10, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "warm-up");
                    t.setDaemon(true);
                    return t;
                });
        return worker;
    }

    /** A server with the bundled queries and the standard IRI base. */
    public static SmartCityServer create(DatasetGraph dataset, ServerOptions options) {
        return builder(dataset).options(options).build();
    }

    /** Canned-query answers kept per version of the store. */
    /** The canned answers kept, by estimated weight: an eighth of the heap. */
    private static final long RESULTS_CACHED_BYTES = Runtime.getRuntime().maxMemory() / 8;

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
        private Supplier<Graph> ontology = Bundled::ontology;

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

        /** The ontology served at /ontology, asked for on first request (default: the bundled one). */
        public Builder ontology(Supplier<Graph> value) {
            this.ontology = value;
            return this;
        }

        public SmartCityServer build() {
            String name = "/" + options.datasetName();
            LocalLinks links = new LocalLinks(iris.base());
            PublishedDataset published = new PublishedDataset(dataset, iris.base(), Optional.ofNullable(dumps),
                    modified != null ? modified : Instant.now());
            CannedQueryRunner runner = runner(published);
            PrefixMapping prefixes = Prefixes.standard(iris.base());
            ResultPages resultPages = new ResultPages(links);
            OutboundServices outbound = new OutboundServices(options.allowedServiceHosts(), options.serviceTimeout());
            DeferredMetrics metrics = new DeferredMetrics();
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(options.port())
                    .loopback(options.loopbackOnly())
                    .enableCors(false)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addServletAttribute(org.apache.jena.fuseki.Fuseki.attrMetricsProvider, metrics)
                    .numServerThreads(-1, options.maxThreads() > 0 ? options.maxThreads() : -1)
                    .registerOperation(Operation.Query, new GuardedQueryService(outbound))
                    .add(name, readOnlyService(queryContext(outbound)))
                    .addServlet("/api/queries/*", new QueryApiServlet(runner, resultPages))
                    .addServlet("/api/openapi.json", new OpenApiServlet(runner, version))
                    .addServlet(LocalLinks.ID_PATH + "*", new ResourceServlet(new Describer(dataset),
                            new ResourcePage(dataset, links), links, prefixes, published))
                    .addServlet(LocalLinks.ONTOLOGY_PATH, new OntologyServlet(ontology, prefixes,
                            published.modified()))
                    .addServlet(MetadataServlet.VOID_PATH, MetadataServlet.voidDescription(published))
                    .addServlet(MetadataServlet.DCAT_PATH, MetadataServlet.dcat(published))
                    .addServlet("/dumps/*", new DumpServlet(published))
                    .addServlet("/assets/*", new AssetServlet())
                    .addServlet("", new HomeServlet(published, runner.catalogue(), resultPages, links));
            // Filters run in the order added, before Fuseki's own dispatch.
            builder.addFilter("/*", new RequestGuardFilter(options.maxRequestBytes()))
                    .addFilter("/*", new CorsFilter(options.corsOrigins()));
            ConcurrencyLimitFilter sparqlLimit = new ConcurrencyLimitFilter(options.maxConcurrentQueries(),
                    "SPARQL requests");
            builder.addFilter(name + "/sparql", sparqlLimit)
                    .addFilter(name + "/get", sparqlLimit)
                    .addFilter("/api/queries/*", new ConcurrencyLimitFilter(options.maxConcurrentQueries(),
                            "canned queries"))
                    .addFilter(name + "/sparql", new ServiceDescriptionFilter(published))
                    .addFilter(name + "/get", new UnionDefaultGraphFilter());
            AccessLogFilter accessLog = new AccessLogFilter();
            for (String path : new String[] {"", "/id/*", "/ontology", "/.well-known/*", "/dcat", "/dumps/*", "/assets/*",
                "/api/*"}) {
                builder.addFilter(path, accessLog);
            }
            FusekiServer server = builder.build();
            limitFormBodies(server, options.maxRequestBytes());
            smallOutputBuffers(server);
            return new SmartCityServer(server, options, published, runner, metrics);
        }

        /**
         * The query settings of every request: the timeouts, and the outbound policy. They live in
         * the endpoints' context, not the store's, so the store stays as the converter left it.
         */
        private Context queryContext(OutboundServices outbound) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, options.firstResultTimeout().toMillis() + ","
                    + options.overallTimeout().toMillis());
            outbound.installInto(context);
            return context;
        }

        private DataService readOnlyService(Context context) {
            return DataService.newBuilder(dataset)
                    .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(context)
                            .build())
                    .addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName("get").context(context)
                            .build())
                    .build();
        }

        /**
         * Fuseki gives every response a 5 MB output buffer, so that an error late in a result can
         * still change the status; under many clients those buffers are most of the memory. A
         * small buffer streams sooner: a query that times out late ends its stream instead.
         */
        private static void smallOutputBuffers(FusekiServer server) {
            for (var connector : server.getJettyServer().getConnectors()) {
                var http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                }
            }
        }

        private static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

        /** HTML-form bodies are parsed by Jetty itself, which has a limit of its own to set. */
        private static void limitFormBodies(FusekiServer server, long maxBytes) {
            ServletContextHandler handler = server.getJettyServer().getDescendant(ServletContextHandler.class);
            if (handler != null) {
                handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
            }
        }

        private CannedQueryRunner runner(PublishedDataset published) {
            QueryTarget target = QueryTarget.local(DatasetFactory.wrap(dataset), options.overallTimeout());
            return new CannedQueryRunner(catalogue != null ? catalogue : QueryCatalogue.bundled(), target,
                    new GraphLookup(target, GazetteerCityNames.onDemand(iris)), Paging.Limits.standard(),
                    new ResultCache(RESULTS_CACHED_BYTES, published::modified));
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
        close(java.time.Duration.ofMinutes(2));
    }

    /** Stops serving, and waits up to {@code grace} for the warm-ups, whose reads cannot be cut short. */
    public void close(java.time.Duration grace) {
        server.stop();
        awaitWarmUps(grace);
    }

    private void awaitWarmUps(java.time.Duration grace) {
        // Never interrupt a reader: an interrupted thread closes the store's file channels. The
        // queued warm-up is dropped and the running one ends after its current query.
        stopping = true;
        warmUps.getQueue().clear();
        warmUps.shutdown();
        try {
            warmUps.awaitTermination(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
