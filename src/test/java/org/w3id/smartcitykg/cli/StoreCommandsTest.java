package org.w3id.smartcitykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.store.KnowledgeStore;

/** {@code query} and {@code validate} on a store built from the seeds. */
class StoreCommandsTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void buildStore() throws IOException {
        store = dir.resolve("store");
        try (KnowledgeStore ks = Fixtures.seedStore(store)) {
            assertEquals(5, ks.documents().size());
        }
    }

    @Test
    void listsTheCannedQueries() {
        CliRun run = CliRun.run("query", "--list");
        assertEquals(0, run.exitCode(), run.err());
        for (String name : new String[] {"projects-in-city", "partners-of-project", "meetings-by-date"}) {
            assertTrue(run.out().contains(name), name + " in\n" + run.out());
        }
        long queries = run.out().lines().filter(l -> l.matches("[a-z][a-z-]+ .*")).count();
        assertTrue(queries >= 12, queries + " queries listed:\n" + run.out());
        assertTrue(run.out().contains("city*"), "required parameters are starred:\n" + run.out());
    }

    @Test
    void aQuerysHelpShowsItsParameters() {
        CliRun run = CliRun.run("query", "meetings-by-date", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("from") && run.out().contains("YYYY-MM-DD") && run.out().contains("limit"),
                run.out());
    }

    @Test
    void tablesShowLabelsNotIris() {
        CliRun run = CliRun.run("query", "projects-in-city", "--store", store.toString(), "--param", "city=Sierpcu");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("Sierpc") && run.stdout().contains("(1 row)"), run.stdout());
        assertTrue(!run.stdout().contains("https://"), "no bare IRIs:\n" + run.stdout());
        assertTrue(run.stdout().lines().allMatch(l -> l.codePointCount(0, l.length()) <= 120), run.stdout());
    }

    @Test
    void runsACannedQueryAsCsv() {
        CliRun run = CliRun.run("query", "meetings-by-date", "--store", store.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().startsWith("meeting,meetingLabel,kind,start,end,placeLabel,projectLabel,participants"),
                run.stdout());
        assertTrue(run.stdout().contains("2022-03-28,2022-03-28"), run.stdout());
    }

    @Test
    void bindsParametersAsTermsNotText() {
        CliRun run = CliRun.run("query", "meetings-by-date", "--store", store.toString(), "--format", "csv",
                "--param", "from=2022-01-01", "--param", "to=2022-12-31");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("2022-03-28"), run.stdout());
        assertTrue(!run.stdout().contains("2020-01-23"), "a 2020 meeting is outside the range");
        CliRun injected = CliRun.run("query", "about-entity", "--store", store.toString(), "--format", "csv",
                "--param", "name=x\") } ; DROP ALL ; #");
        assertEquals(0, injected.exitCode(), injected.err());
        assertEquals("entity,entityLabel,direction,property,value,valueLabel", injected.stdout().strip());
    }

    @Test
    void aBadParameterIsNamed() {
        CliRun run = CliRun.run("query", "meetings-by-date", "--store", store.toString(), "--param", "from=yesterday");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("parameter 'from'"), run.err());
    }

    @Test
    void runsInlineSparqlAndQueryFiles() throws IOException {
        CliRun inline = CliRun.run("query", "--store", store.toString(), "--format", "tsv", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(0, inline.exitCode(), inline.err());
        assertTrue(inline.stdout().startsWith("?n"));
        Path file = Files.writeString(dir.resolve("q.rq"), "SELECT ?s WHERE { ?s a <https://w3id.org/smartcity-kg/ontology#City> } LIMIT 1");
        CliRun fromFile = CliRun.run("query", file.toString(), "--store", store.toString(), "--format", "json");
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertTrue(fromFile.stdout().contains("\"bindings\""));
    }

    @Test
    void everyFactHasItsEvidenceInOneQuery() {
        String meeting = "https://w3id.org/smartcity-kg/id/meeting/000-1ee7651fc9f31a37-conference-2022-03-28";
        CliRun run = CliRun.run("query", "evidence-for", "--store", store.toString(), "--format", "csv",
                "--param", "entity=" + meeting);
        assertEquals(0, run.exitCode(), run.err());
        String heldIn = run.stdout().lines().filter(l -> l.contains("#heldIn")).findFirst().orElseThrow(
                () -> new AssertionError(run.stdout()));
        assertTrue(heldIn.contains("Sierpc") && heldIn.contains("W dniu 28 marca 2022 r."), heldIn);
        assertTrue(heldIn.contains("000_1ee7651fc9f31a37.txt"), heldIn);
    }

    @Test
    void explainPrintsTheTextBehindEachFact() {
        CliRun run = CliRun.run("convert", "--explain", "seeds/000_1ee7651fc9f31a37.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("heldIn  Sierpc"), run.stdout());
        assertTrue(run.stdout().contains("because \"W dniu 28 marca 2022 r."), run.stdout());
        assertTrue(!run.stdout().contains("<https://"), "no RDF with --explain");
    }

    @Test
    void runsAgainstAnyEndpoint() throws IOException {
        try (KnowledgeStore ks = KnowledgeStore.open(store);
             org.w3id.smartcitykg.serve.SmartCityServer server = org.w3id.smartcitykg.serve.SmartCityServer.create(
                     ks.datasetGraph(), org.w3id.smartcitykg.serve.ServerOptions.defaults().withPort(0)).start()) {
            CliRun run = CliRun.run("query", "meetings-by-date", "--endpoint", server.sparqlUrl(), "--format", "csv");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.stdout().contains("2022-03-28,2022-03-28"), run.stdout());
        }
        CliRun down = CliRun.run("query", "meetings-by-date", "--endpoint", "http://127.0.0.1:1/sparql");
        assertEquals(ExitCodes.FAILED, down.exitCode());
        assertTrue(down.err().startsWith("error: http://127.0.0.1:1/sparql"), down.err());
    }

    @Test
    void unknownQueryAndMissingStoreAreClear() {
        assertEquals(ExitCodes.USAGE, CliRun.run("query", "no-such-query", "--store", store.toString()).exitCode());
        CliRun noStore = CliRun.run("query", "meetings-by-date", "--store", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.FAILED, noStore.exitCode());
        assertTrue(noStore.err().contains("no store here"), noStore.err());
    }

    @Test
    void theSeedsGraphConformsToTheShapes() {
        CliRun run = CliRun.run("validate", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Conforms"), run.out());
    }

    @Test
    void violationsExitWithOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                @prefix sc: <https://w3id.org/smartcity-kg/ontology#> .
                <urn:city> a sc:City ; sc:countryCode "Poland" .
                """);
        CliRun run = CliRun.run("validate", bad.toString());
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.out());
        assertTrue(run.out().contains("violation"), run.out());
    }
}
