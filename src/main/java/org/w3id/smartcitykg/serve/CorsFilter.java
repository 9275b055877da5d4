package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * CORS for a public read-only API: any origin may read the answers, but never with the user's
 * credentials, so a page elsewhere cannot act as a signed-in user. With an allow-list only those
 * origins are named back, and every answer says it varies by {@code Origin} for caches.
 */
final class CorsFilter implements Filter {
    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-Modified-Since, If-None-Match, "
            + "X-Requested-With";
    static final String EXPOSED_HEADERS = "Content-Length, Content-Type, ETag, Last-Modified, Link, Retry-After";

    private final List<String> origins;

    /** @param origins the origins allowed; empty for any */
    CorsFilter(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!origins.isEmpty()) {
            resp.addHeader("Vary", "Origin");
        }
        String origin = req.getHeader("Origin");
        String allowed = origin == null ? null : allowedOrigin(origin);
        if (allowed != null) {
            resp.setHeader("Access-Control-Allow-Origin", allowed);
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (isPreflight(req)) {
            if (allowed != null) {
                resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    private String allowedOrigin(String origin) {
        if (origins.isEmpty()) {
            return "*";
        }
        return origins.contains(origin) ? origin : null;
    }

    private static boolean isPreflight(HttpServletRequest req) {
        return req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null;
    }
}
