package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.smartcitykg.query.CannedQueryRunner;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the canned-query API. */
final class OpenApiServlet extends HttpServlet {
    private final transient CannedQueryRunner runner;
    private final String version;
    /** Made on first request: the canned queries it describes may still be being read at start-up. */
    private transient volatile JsonObject document;

    OpenApiServlet(CannedQueryRunner runner, String version) {
        this.runner = runner;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        QueryApiServlet.sendJson(resp, HttpServletResponse.SC_OK, document());
    }

    private JsonObject document() {
        JsonObject d = document;
        if (d == null) {
            d = OpenApiDocument.of(runner, version);
            document = d;
        }
        return d;
    }
}
