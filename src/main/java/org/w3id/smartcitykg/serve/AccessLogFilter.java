package org.w3id.smartcitykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log line per request to the pages and APIs added beside Fuseki, in the same
 * NCSA-style format and log as Fuseki's own request lines, so one log shows all traffic.
 */
final class AccessLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.apache.jena.fuseki.Request");
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            String query = req.getQueryString() == null ? "" : "?" + req.getQueryString();
            LOG.info("{} - - [{}] \"{} {}{}\" {} - \"{}\" \"{}\" {}ms", req.getRemoteAddr(), CLF.format(ZonedDateTime.now()),
                    req.getMethod(), req.getRequestURI(), query, resp.getStatus(), header(req, "Referer"),
                    header(req, "User-Agent"), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String header(HttpServletRequest req, String name) {
        String v = req.getHeader(name);
        return v == null ? "" : v.replace("\"", "'");
    }
}
