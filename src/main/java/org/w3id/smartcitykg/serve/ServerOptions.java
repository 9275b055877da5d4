package org.w3id.smartcitykg.serve;

import java.time.Duration;

/**
 * How the server runs. Defaults suit one person on one machine: loopback only, port 3030, a query
 * stopped after 10 s without a first result or 60 s in all.
 */
public record ServerOptions(String host, int port, String datasetName, Duration firstResultTimeout,
                            Duration overallTimeout) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, "smartcity", Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, datasetName, firstResultTimeout, overallTimeout);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, datasetName, firstResultTimeout, overallTimeout);
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
