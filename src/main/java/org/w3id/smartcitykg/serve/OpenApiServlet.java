package org.w3id.smartcitykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.smartcitykg.query.CannedQueryRunner;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the canned-query API. */
final class OpenApiServlet extends HttpServlet {
    private final transient JsonObject document;

    OpenApiServlet(CannedQueryRunner runner, String version) {
        this.document = OpenApiDocument.of(runner, version);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        QueryApiServlet.sendJson(resp, HttpServletResponse.SC_OK, document);
    }
}
