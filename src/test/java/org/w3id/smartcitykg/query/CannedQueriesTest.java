package org.w3id.smartcitykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * Every query of {@code queries/} on the seeds' store, with the rows an analyst expects from the
 * five seed documents. A query without an expectation here fails the test.
 */
class CannedQueriesTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static CannedQueryRunner runner;

    /** A query run: its parameters, the fewest rows, and a row that must be among them (column -> value). */
    record Expectation(String query, Map<String, String> params, int minRows, Map<String, String> row) {}

    static final List<Expectation> EXPECTED = List.of(
            new Expectation("projects-in-city", Map.of("city", "Sierpcu"), 1,
                    Map.of("cityLabel", "Sierpc", "projectLabel", "SIERPC 2.0 – Rozwiązania EcoSmart z zakresu zarządzania miastem")),
            new Expectation("projects-in-city", Map.of("city", "Писек"), 1, Map.of("projectLabel", "+CityxChange")),
            new Expectation("projects-in-city", Map.of("city", "https://w3id.org/smartcity-kg/id/city/3085941"), 1,
                    Map.of("cityLabel", "Sierpc")),
            new Expectation("partners-of-project", Map.of("project", "+CityxChange"), 3,
                    Map.of("partnerLabel", "Университет за наука и технологии в Трондхайм", "partnerRole", "lead partner",
                            "kind", "University", "countryCode", "NO")),
            new Expectation("partners-of-project", Map.of("role", "lead partner"), 1,
                    Map.of("projectLabel", "+CityxChange")),
            new Expectation("cities-working-together", Map.of("city", "Trondheim"), 6,
                    Map.of("otherCityLabel", "Limerick", "sharedProjects", "1")),
            new Expectation("top-programmes", Map.of(), 2,
                    Map.of("programmeLabel", "Program Operacyjny Pomoc Techniczna 2014-2020", "projectCount", "2")),
            new Expectation("meetings-by-date", Map.of("from", "2022-01-01", "to", "2022-06-30"), 2,
                    Map.of("kind", "Workshop", "start", "2022-05-23", "end", "2022-05-24")),
            new Expectation("people-of-organisation", Map.of("organisation", "Fundacja Razem dla Środowiska"), 2,
                    Map.of("personLabel", "Urszula Chmura")),
            new Expectation("organisations-of-country", Map.of("country", "ro"), 1,
                    Map.of("organisationLabel", "Municipiul Botosani", "kind", "Municipality")),
            new Expectation("projects-per-programme-and-country", Map.of("country", "PL"), 2,
                    Map.of("programmeLabel", "Fundusz Spójności", "projectCount", "1")),
            new Expectation("cities-by-projects", Map.of(), 10,
                    Map.of("cityLabel", "Konin", "country", "PL", "geonames", "https://sws.geonames.org/3095321/")),
            new Expectation("about-entity", Map.of("name", "sierpc"), 3,
                    Map.of("direction", "is stated by", "property", "https://w3id.org/smartcity-kg/ontology#implementedIn")),
            new Expectation("evidence-for", Map.of("property", "https://w3id.org/smartcity-kg/ontology#leadPartner"), 1,
                    Map.of("subjectLabel", "+CityxChange", "rule", "lead.cue")),
            new Expectation("changed-since", Map.of("since", "2000-01-01"), 5,
                    Map.of("document", "https://w3id.org/smartcity-kg/id/document/003_a0fa01b608579701")),
            new Expectation("participants-of-meeting", Map.of(), 10, Map.of("participantLabel", "Dino Alessi", "kind", "person")),
            new Expectation("counts-by-class", Map.of(), 6,
                    Map.of("class", "https://w3id.org/smartcity-kg/ontology#FundingProgramme")));

    @BeforeAll
    static void buildStore() throws IOException {
        store = Fixtures.seedStore(dir.resolve("store"));
        QueryTarget target = QueryTarget.local(store.dataset(), 60);
        runner = new CannedQueryRunner(QueryCatalogue.fromFolder(Path.of("queries")), target,
                new GraphLookup(target, Fixtures.cityNames()), Paging.Limits.standard());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theCatalogueHasAtLeastTwelveQuestionsAndEachIsTestedHere() {
        TreeSet<String> names = new TreeSet<>();
        runner.catalogue().all().forEach(q -> names.add(q.name()));
        assertTrue(names.size() >= 12, "only " + names.size() + " queries: " + names);
        TreeSet<String> tested = new TreeSet<>(EXPECTED.stream().map(Expectation::query).toList());
        assertEquals(names, tested, "every query needs an expectation in this test");
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersWhatTheSeedsSay() {
        return EXPECTED.stream().map(e -> DynamicTest.dynamicTest(e.query() + " " + e.params(), () -> {
            ResultSetRewindable rows = runner.run(e.query(), new LinkedHashMap<>(e.params()));
            List<Map<String, String>> table = table(rows);
            assertTrue(table.size() >= e.minRows(), e.query() + ": " + table.size() + " rows, expected at least "
                    + e.minRows() + "\n" + table);
            assertTrue(table.stream().anyMatch(r -> r.entrySet().containsAll(e.row().entrySet())),
                    e.query() + ": no row with " + e.row() + " among\n" + table);
        }));
    }

    @Test
    void limitAndOffsetPageTheRows() throws Exception {
        int all = table(runner.run("cities-by-projects", new LinkedHashMap<>())).size();
        List<Map<String, String>> first = table(runner.run("cities-by-projects", new LinkedHashMap<>(Map.of("limit", "3"))));
        List<Map<String, String>> second = table(runner.run("cities-by-projects",
                new LinkedHashMap<>(Map.of("limit", "3", "offset", "3"))));
        assertEquals(3, first.size());
        assertEquals(Math.min(3, all - 3), second.size());
        assertTrue(first.stream().noneMatch(second::contains), "pages overlap: " + first + " / " + second);
        ParameterException tooMany = assertThrows(ParameterException.class,
                () -> runner.run("cities-by-projects", new LinkedHashMap<>(Map.of("limit", "10001"))));
        assertEquals("limit", tooMany.parameter());
    }

    @Test
    void badValuesNameTheirParameter() {
        assertEquals("city", assertThrows(ParameterException.class,
                () -> runner.run("projects-in-city", new LinkedHashMap<>())).parameter());
        assertEquals("city", assertThrows(ParameterException.class,
                () -> runner.run("projects-in-city", new LinkedHashMap<>(Map.of("city", "Qwxzyq")))).parameter());
        assertEquals("from", assertThrows(ParameterException.class,
                () -> runner.run("meetings-by-date", new LinkedHashMap<>(Map.of("from", "28.03.2022")))).parameter());
        assertEquals("country", assertThrows(ParameterException.class,
                () -> runner.run("organisations-of-country", new LinkedHashMap<>(Map.of("country", "POL")))).parameter());
        assertEquals("role", assertThrows(ParameterException.class,
                () -> runner.run("partners-of-project", new LinkedHashMap<>(Map.of("role", "boss")))).parameter());
        assertEquals("project", assertThrows(ParameterException.class,
                () -> runner.run("partners-of-project", new LinkedHashMap<>(Map.of("project", "No Such Project")))).parameter());
        assertEquals("colour", assertThrows(ParameterException.class,
                () -> runner.run("top-programmes", new LinkedHashMap<>(Map.of("colour", "red")))).parameter());
        assertThrows(UnknownQueryException.class, () -> runner.run("no-such-query", new LinkedHashMap<>()));
    }

    static List<Map<String, String>> table(ResultSetRewindable rows) {
        rows.reset();
        List<Map<String, String>> table = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            Map<String, String> row = new LinkedHashMap<>();
            rows.getResultVars().forEach(v -> row.put(v, text(s.get(v))));
            table.add(row);
        }
        return table;
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
