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
 * At most so many queries at once. A few more may wait a moment for their turn, since a burst of
 * short queries is normal; past that short queue, or after that moment, a query is answered 503
 * with {@code Retry-After}. The queue is kept short because a waiting query holds one of Jetty's
 * threads, which the health check, the pages and the other endpoints need to stay responsive.
 */
final class ConcurrencyLimitFilter implements Filter {
    static final String RETRY_AFTER_SECONDS = "2";

    /** How long a query may wait for its turn, and how many may wait, per query allowed to run. */
    static final long MAX_WAIT_MILLIS = 2000;
    static final int WAITING_PER_RUNNING = 4;

    private final Semaphore permits;
    private final int limit;
    private final String what;
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    ConcurrencyLimitFilter(int limit, String what) {
        this.permits = new Semaphore(limit, true);
        this.limit = limit;
        this.what = what;
    }

    private boolean admit() throws ServletException {
        if (permits.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limit * WAITING_PER_RUNNING) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(MAX_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a query slot", e);
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (((HttpServletRequest) request).getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (!admit()) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many " + what + " at once: at most " + limit + " run at a time and a few wait. Try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
