package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/**
 * An RDF answer as harvesters expect it: Turtle, JSON-LD, N-Triples or RDF/XML by the Accept
 * header or {@code ?format=}, an HTML page for browsers, an ETag of the bytes and a
 * Last-Modified of the store, and 304 when the client already has them.
 */
final class RdfResponse {
    /** Short names and media types; the first is the default for clients that state no preference. */
    static final Map<String, String> FORMATS = formats();
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RdfResponse() {}

    private static Map<String, String> formats() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ttl", "text/turtle");
        m.put("jsonld", "application/ld+json");
        m.put("nt", "application/n-triples");
        m.put("rdf", "application/rdf+xml");
        m.put("html", "text/html");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The format asked for, or empty after answering 406 for a {@code ?format=} on no offer. */
    static Optional<String> negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> f = Negotiation.choose(req, FORMATS);
        if (f.isEmpty()) {
            QueryApiServlet.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "format must be one of " + FORMATS.keySet(), "format");
        }
        resp.setHeader("Vary", "Accept");
        return f;
    }

    static void writeRdf(HttpServletRequest req, HttpServletResponse resp, Graph graph, PrefixMapping prefixes,
                         String format, Instant modified) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, graph, rdfFormat(format));
        send(req, resp, FORMATS.get(format), bytes.toByteArray(), modified);
    }

    static RDFFormat rdfFormat(String format) {
        return switch (format) {
            case "jsonld" -> RDFFormat.JSONLD_PRETTY;
            case "nt" -> RDFFormat.NTRIPLES;
            case "rdf" -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }

    static Lang lang(String format) {
        return rdfFormat(format).getLang();
    }

    static void sendHtml(HttpServletRequest req, HttpServletResponse resp, String html, Instant modified)
            throws IOException {
        send(req, resp, "text/html", html.getBytes(StandardCharsets.UTF_8), modified);
    }

    /** Sends {@code body} with validators, or 304 when the client's copy is current. */
    static void send(HttpServletRequest req, HttpServletResponse resp, String mediaType, byte[] body, Instant modified)
            throws IOException {
        String etag = "\"" + sha256(body).substring(0, 32) + "\"";
        Instant lastModified = modified.truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", HTTP_DATE.format(lastModified));
        resp.setHeader("Cache-Control", "public, max-age=60");
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(mediaType + (mediaType.startsWith("text/") || mediaType.endsWith("json") ? "; charset=utf-8" : ""));
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        }
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since > 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
