package org.w3id.smartcitykg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.w3id.smartcitykg.serve.ServerOptions;
import picocli.CommandLine.Option;

/** What a public endpoint refuses and how much it takes: the flags of {@code serve} for operators. */
public final class EndpointLimitOptions {
    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Hosts a SPARQL SERVICE may call (default: none; every SERVICE is refused).")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--service-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Connect and read timeout of an allowed SERVICE call (default: ${DEFAULT-VALUE}).")
    long serviceTimeoutSeconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "A query is stopped after this long in all (default: ${DEFAULT-VALUE}).")
    long overallTimeoutSeconds;

    @Option(names = "--first-result-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "A query is stopped when its first result takes longer (default: ${DEFAULT-VALUE}).")
    long firstResultTimeoutSeconds;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Queries that run at once; the rest get 503 with Retry-After (default: two per core).")
    Integer maxConcurrent;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body; a larger one gets 413 before it is read (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Origins that browsers may read answers for (default: any, never with credentials).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-threads", paramLabel = "N", defaultValue = "0",
            description = "Jetty's request threads at most; each holds a stack and buffers (default: Fuseki's).")
    int maxThreads;

    ServerOptions applyTo(ServerOptions options) {
        return options.toBuilder()
                .timeouts(Duration.ofSeconds(firstResultTimeoutSeconds), Duration.ofSeconds(overallTimeoutSeconds))
                .serviceHosts(new HashSet<>(serviceHosts), Duration.ofSeconds(serviceTimeoutSeconds))
                .maxConcurrentQueries(maxConcurrent != null ? maxConcurrent : ServerOptions.defaultConcurrency())
                .maxRequestBytes(maxBodyBytes)
                .corsOrigins(corsOrigins)
                .maxThreads(maxThreads)
                .build();
    }
}
