package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.w3id.smartcitykg.store.Dumps;

/**
 * {@code /dumps/}: the dump files as written when the store last changed, with their size, date
 * and checksum on HEAD as on GET, and an index page.
 */
final class DumpServlet extends HttpServlet {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final transient PublishedDataset published;

    DumpServlet(PublishedDataset published) {
        this.published = published;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            if (req.getPathInfo() == null) {
                resp.sendRedirect("/dumps/");
                return;
            }
            RdfResponse.sendHtml(req, resp, index(), published.modified());
            return;
        }
        Optional<Dumps.Dump> dump = published.dumpFiles().stream().filter(d -> d.fileName().equals(name)).findFirst();
        if (dump.isEmpty() || published.dumps().isEmpty()) {
            QueryApiServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "no dump named '" + name + "'", null);
            return;
        }
        Path file = published.dumps().get().directory().resolve(dump.get().fileName());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().fileName() + "\"");
        resp.setHeader("Last-Modified", HTTP_DATE.format(dump.get().modified()));
        resp.setHeader("ETag", "\"" + dump.get().sha256() + "\"");
        resp.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(dump.get().sha256())));
        resp.setContentLengthLong(Files.size(file));
        if (req.getMethod().equals("HEAD")) {
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private String index() {
        StringBuilder b = new StringBuilder("<h1>Dumps</h1><p>The whole dataset, written when the store last changed ("
                + Html.escape(published.modified().toString()) + ").</p><table><tr><th>file</th><th>what</th>"
                + "<th>bytes</th><th>statements</th><th>SHA-256</th></tr>");
        for (Dumps.Dump d : published.dumpFiles()) {
            b.append("<tr><td><a href=\"/dumps/").append(Html.escape(d.fileName())).append("\">")
                    .append(Html.escape(d.fileName())).append("</a></td><td>").append(Html.escape(d.description()))
                    .append("</td><td>").append(d.byteSize()).append("</td><td>").append(d.statements())
                    .append("</td><td><code>").append(Html.escape(d.sha256())).append("</code></td></tr>");
        }
        return Html.page("Dumps", "", b.append("</table>").toString());
    }
}
