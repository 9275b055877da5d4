package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most so many queries at once; the next one is answered 503 with {@code Retry-After} at once
 * instead of queueing. A queue would only hold Jetty's threads while the cores are busy, and the
 * health check, the pages and the other endpoints need those threads to stay responsive.
 */
final class ConcurrencyLimitFilter implements Filter {
    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore permits;
    private final int limit;
    private final String what;

    ConcurrencyLimitFilter(int limit, String what) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (((HttpServletRequest) request).getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (!permits.tryAcquire()) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many " + what + " at once: at most " + limit + " run at a time. Try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
