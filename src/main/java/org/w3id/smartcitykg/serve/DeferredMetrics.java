package org.w3id.smartcitykg.serve;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.metrics.PrometheusMetricsProvider;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * Fuseki's Prometheus metrics, made when first asked for instead of before the server answers:
 * the metrics library takes a fifth of a second to start, and a server that has just started has
 * nothing to count yet. The per-endpoint counters are Fuseki's own, so nothing is lost meanwhile.
 */
final class DeferredMetrics implements MetricsProvider {
    private final List<DataAccessPoint> accessPoints = new ArrayList<>();
    private MetricsProvider delegate;

    /** Makes the registry now, off the request path (after the server answers). */
    void prepare() {
        delegate();
    }

    @Override
    public MeterRegistry getMeterRegistry() {
        return delegate().getMeterRegistry();
    }

    @Override
    public void scrape(HttpAction action) {
        delegate().scrape(action);
    }

    @Override
    public synchronized void dataAccessPointMetrics(MetricsProvider provider, DataAccessPointRegistry registry) {
        accessPoints.addAll(registry.accessPoints());
        if (delegate != null) {
            registry.accessPoints().forEach(delegate::addDataAccessPointMetrics);
        }
    }

    private synchronized MetricsProvider delegate() {
        if (delegate == null) {
            delegate = new PrometheusMetricsProvider();
            accessPoints.forEach(delegate::addDataAccessPointMetrics);
        }
        return delegate;
    }
}
