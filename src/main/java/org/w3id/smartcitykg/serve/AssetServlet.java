package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * {@code /assets/…}: the SPARQL editor's script and style from the YASGUI webjar inside our jar,
 * so the home page loads nothing from the internet. Only the files named here are served.
 */
final class AssetServlet extends HttpServlet {
    private static final String WEBJAR = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> FILES = Map.of(
            "yasgui.min.js", "text/javascript",
            "yasgui.min.css", "text/css");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String type = FILES.get(name);
        InputStream in = type == null ? null : AssetServlet.class.getResourceAsStream(WEBJAR + name);
        if (in == null) {
            QueryApiServlet.error(resp, HttpServletResponse.SC_NOT_FOUND, "no asset named '" + name + "'", null);
            return;
        }
        try (in) {
            byte[] body = in.readAllBytes();
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type + "; charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setContentLength(body.length);
            if (!req.getMethod().equals("HEAD")) {
                try (OutputStream out = resp.getOutputStream()) {
                    out.write(body);
                }
            }
        }
    }
}
