package org.w3id.smartcitykg.serve;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the server runs. Defaults suit a public read-only endpoint on one machine: loopback only,
 * port 3030, a query stopped after 10 s without a first result or 60 s in all, no outbound SERVICE
 * calls, at most two queries per core at once, request bodies up to 1 MB, CORS open to any origin
 * without credentials.
 *
 * @param allowedServiceHosts hosts a SPARQL {@code SERVICE} may call; empty refuses every SERVICE
 * @param serviceTimeout      connect and read timeout of an allowed SERVICE call
 * @param maxConcurrentQueries queries (SPARQL and canned) that run at once; the rest get 503
 * @param maxRequestBytes     largest request body accepted; a larger one gets 413 before parsing
 * @param corsOrigins         origins allowed to read answers from a browser; empty means any
 * @param maxThreads          Jetty's request threads at most; 0 for Fuseki's default
 */
public record ServerOptions(String host, int port, String datasetName, Duration firstResultTimeout,
                            Duration overallTimeout, Set<String> allowedServiceHosts, Duration serviceTimeout,
                            int maxConcurrentQueries, long maxRequestBytes, List<String> corsOrigins, int maxThreads) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerOptions {
        allowedServiceHosts = allowedServiceHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        corsOrigins = List.copyOf(corsOrigins);
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run");
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request body limit must be positive");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, "smartcity", Duration.ofSeconds(10),
                Duration.ofSeconds(60), Set.of(), Duration.ofSeconds(10), defaultConcurrency(),
                DEFAULT_MAX_REQUEST_BYTES, List.of(), 0);
    }

    /** Two per core: one query waiting on I/O leaves the core to another. */
    public static int defaultConcurrency() {
        return Runtime.getRuntime().availableProcessors() * 2;
    }

    public ServerOptions withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    public ServerOptions withHost(String newHost) {
        return toBuilder().host(newHost).build();
    }

    public ServerOptions withTimeouts(Duration firstResult, Duration overall) {
        return toBuilder().timeouts(firstResult, overall).build();
    }

    public ServerOptions withServiceHosts(Set<String> hosts, Duration timeout) {
        return toBuilder().serviceHosts(hosts, timeout).build();
    }

    public ServerOptions withMaxConcurrentQueries(int n) {
        return toBuilder().maxConcurrentQueries(n).build();
    }

    public ServerOptions withMaxRequestBytes(long n) {
        return toBuilder().maxRequestBytes(n).build();
    }

    public ServerOptions withCorsOrigins(List<String> origins) {
        return toBuilder().corsOrigins(origins).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These options with some of them changed. */
    public static final class Builder {
        private String host;
        private int port;
        private final String datasetName;
        private Duration firstResultTimeout;
        private Duration overallTimeout;
        private Set<String> allowedServiceHosts;
        private Duration serviceTimeout;
        private int maxConcurrentQueries;
        private long maxRequestBytes;
        private List<String> corsOrigins;
        private int maxThreads;

        private Builder(ServerOptions o) {
            host = o.host;
            port = o.port;
            datasetName = o.datasetName;
            firstResultTimeout = o.firstResultTimeout;
            overallTimeout = o.overallTimeout;
            allowedServiceHosts = o.allowedServiceHosts;
            serviceTimeout = o.serviceTimeout;
            maxConcurrentQueries = o.maxConcurrentQueries;
            maxRequestBytes = o.maxRequestBytes;
            corsOrigins = o.corsOrigins;
            maxThreads = o.maxThreads;
        }

        public Builder maxThreads(int value) {
            maxThreads = value;
            return this;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder timeouts(Duration firstResult, Duration overall) {
            firstResultTimeout = firstResult;
            overallTimeout = overall;
            return this;
        }

        public Builder serviceHosts(Set<String> hosts, Duration timeout) {
            allowedServiceHosts = hosts;
            serviceTimeout = timeout;
            return this;
        }

        public Builder maxConcurrentQueries(int value) {
            maxConcurrentQueries = value;
            return this;
        }

        public Builder maxRequestBytes(long value) {
            maxRequestBytes = value;
            return this;
        }

        public Builder corsOrigins(List<String> value) {
            corsOrigins = value;
            return this;
        }

        public ServerOptions build() {
            return new ServerOptions(host, port, datasetName, firstResultTimeout, overallTimeout, allowedServiceHosts,
                    serviceTimeout, maxConcurrentQueries, maxRequestBytes, corsOrigins, maxThreads);
        }
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
