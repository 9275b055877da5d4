package org.w3id.smartcitykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real headless Chromium: the home page loads with no failed request and its
 * SPARQL editor runs a query and shows rows; a city page's links lead to other resource pages.
 * Screenshots land in target/screenshots. Skipped, and saying so, where no Chromium is installed.
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    private static SeedServer seeds;
    private static SmartCityServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = Chromium.binary();
        if (binary.isEmpty()) {
            System.out.println("SKIPPED BrowserTest: no chromium installed (apt-get install chromium); pages not tested in a browser");
        }
        Assumptions.assumeTrue(binary.isPresent(), "no chromium installed: browser tests skipped");
        seeds = SeedServer.start(dir);
        server = seeds.server();
        browser = Chromium.start(binary.get());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (seeds != null) {
            seeds.close();
        }
    }

    @Test
    void theHomePageLoadsEverythingItNeedsAndTheEditorShowsRows() throws Exception {
        browser.takeFailures();
        browser.open(server.baseUrl());
        browser.waitFor("window.yasgui && document.querySelector('.CodeMirror')", Duration.ofSeconds(20));
        browser.screenshot(SCREENSHOTS.resolve("home.png"));
        assertEquals(List.of(), browser.takeFailures(), "requests that failed or left the server");
        assertTrue(text("document.querySelector('#counts').innerText").contains("City"));
        assertTrue(Boolean.TRUE.equals(bool("!!document.querySelector('a[href=\"/.well-known/void\"]')"
                + " && !!document.querySelector('a[href=\"/dcat\"]') && !!document.querySelector('a[href=\"/dumps/\"]')")));
        browser.eval("(window.yasgui.getTab().setQuery('PREFIX sc: <https://w3id.org/smartcity-kg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?city ?name WHERE { ?city a sc:City ; "
                + "rdfs:label ?name } ORDER BY ?name'), true)");
        browser.eval("(window.yasgui.getTab().query(), true)");
        browser.waitFor("document.querySelectorAll('.yasr tbody tr').length >= 10", Duration.ofSeconds(20));
        assertTrue(text("document.querySelector('.yasr tbody').innerText").contains("Sierpc"));
        browser.screenshot(SCREENSHOTS.resolve("home-query.png"));
        assertEquals(List.of(), browser.takeFailures(), "requests that failed while querying");
    }

    @Test
    void aCityPageLeadsToItsProjectsAndBack() throws Exception {
        browser.takeFailures();
        browser.open(server.baseUrl() + "id/city/3085941");
        assertEquals("Sierpc", text("document.querySelector('h1').innerText"));
        assertTrue(text("document.querySelector('dd.coordinates').innerText").contains("52.8568"));
        browser.screenshot(SCREENSHOTS.resolve("city.png"));
        String project = text("[...document.querySelectorAll('table.referrers a')].map(a => a.getAttribute('href'))"
                + ".find(h => h.startsWith('/id/project/'))");
        browser.open(server.baseUrl() + project.substring(1));
        assertTrue(text("document.querySelector('h1').innerText").startsWith("SIERPC 2.0"));
        assertTrue(bool("!![...document.querySelectorAll('table.facts a')].find(a => a.getAttribute('href') === '/id/city/3085941')"),
                "the project page links back to the city");
        assertTrue(bool("document.querySelectorAll('.quote').length > 0"), "the quoted text behind the facts");
        assertEquals(List.of(), browser.takeFailures());
        assertTrue(Files.size(SCREENSHOTS.resolve("city.png")) > 10_000);
    }

    private static String text(String expression) {
        JsonValue v = browser.eval(expression);
        return v == null ? "" : v.getAsString().value();
    }

    private static boolean bool(String expression) {
        JsonValue v = browser.eval(expression);
        return v != null && v.getAsBoolean().value();
    }
}
