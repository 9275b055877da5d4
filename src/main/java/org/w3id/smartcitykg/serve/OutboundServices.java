package org.w3id.smartcitykg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which SPARQL {@code SERVICE} calls the server makes on a query's behalf. None by default: a
 * public endpoint that fetches any address it is given is a proxy into the operator's network.
 * Allowed hosts are called with a connect and a read timeout, without following redirects (a
 * redirect could lead anywhere), and a failure is reported by status alone, never with the body
 * of the other service.
 */
public final class OutboundServices implements ChainingServiceExecutor {
    private final Set<String> allowedHosts;
    private final Duration timeout;

    public OutboundServices(Set<String> allowedHosts, Duration timeout) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.timeout = timeout;
    }

    /** Why a SERVICE to {@code target} is refused, or empty when it is allowed. */
    public Optional<String> refusal(Node target) {
        if (!target.isURI()) {
            return Optional.of("SERVICE with a variable endpoint is not allowed on this server");
        }
        String host = hostOf(target.getURI());
        if (host == null) {
            return Optional.of("SERVICE <" + target.getURI() + "> is not an http(s) address");
        }
        if (!allowedHosts.contains(host)) {
            return Optional.of(allowedHosts.isEmpty()
                    ? "SERVICE is not allowed on this server (the operator can allow hosts with --allow-service)"
                    : "SERVICE to host '" + host + "' is not allowed on this server");
        }
        return Optional.empty();
    }

    private static String hostOf(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Puts this policy into a query context: every SERVICE of a query run with it passes here. */
    public void installInto(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowedHosts.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(registry);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        if (!allowedHosts.isEmpty()) {
            // Made only when something may be called: a client sets up TLS, which costs the start time.
            context.set(ARQ.httpQueryClient, HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER).build());
            context.set(ARQ.httpQueryTimeout, timeout.toMillis());
        }
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Optional<String> refused = refusal(opExecute.getService());
        if (refused.isPresent()) {
            throw new QueryDeniedException(refused.get());
        }
        String host = hostOf(opExecute.getService().getURI());
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryExceptionHTTP e) {
            throw new QueryExecException("SERVICE call to '" + host + "' failed"
                    + (e.getStatusCode() > 0 ? " with HTTP status " + e.getStatusCode() : ""));
        } catch (RuntimeException e) {
            throw new QueryExecException("SERVICE call to '" + host + "' failed");
        }
    }
}
