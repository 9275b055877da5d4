package org.w3id.smartcitykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.smartcitykg.query.CannedQueriesTest.table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * Things with several names, a project with many partners and programmes, meetings to page
 * through: each canned query gives one row per thing, under one name, with its lists whole. The
 * queries once gave one row per combination of names, partners and programmes, which at a
 * hundred thousand documents ran past every time limit.
 */
class ManyNamesQueriesTest {
    static final String ID = "https://w3id.org/smartcity-kg/id/";
    static KnowledgeStore store;
    static CannedQueryRunner runner;

    @BeforeAll
    static void load() throws java.io.IOException {
        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph("src/test/resources/queries/hub.trig");
        List<Quad> quads = new ArrayList<>();
        parsed.find().forEachRemaining(quads::add);
        store = KnowledgeStore.inMemory();
        store.apply(List.of(new KnowledgeStore.DocumentGraph("hub", "0".repeat(64), quads)), List.of(), Instant.now());
        QueryTarget target = QueryTarget.local(store.dataset(), 60);
        runner = new CannedQueryRunner(QueryCatalogue.fromFolder(Path.of("queries")), target,
                new GraphLookup(target, name -> List.of()), Paging.Limits.standard());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String query, Map<String, String> params) throws Exception {
        return table(runner.run(query, new LinkedHashMap<>(params)));
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split(", ")).sorted().toList();
    }

    @Test
    void aProjectIsOneRowWithEveryPartnerAndProgrammeOnce() throws Exception {
        List<Map<String, String>> rows = run("projects-in-city", Map.of("city", ID + "city/1"));
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> row = rows.get(0);
        assertEquals("HUB", row.get("projectLabel"), "the first name in code-point order");
        assertEquals("Alfowo", row.get("cityLabel"));
        assertEquals(List.of("Agencja A", "Biuro B", "Council C", "Depot D"), list(row.get("partners")));
        assertEquals(List.of("Program X", "Program Y"), list(row.get("programmes")));
    }

    @Test
    void twoCitiesShareOneProjectOnce() throws Exception {
        List<Map<String, String>> rows = run("cities-working-together", Map.of("city", ID + "city/1"));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("1", rows.get(0).get("sharedProjects"));
        assertEquals("Betatown", rows.get(0).get("otherCityLabel"));
        assertEquals("HUB", rows.get(0).get("projects"));
    }

    @Test
    void programmesCountTheirProjectsOnce() throws Exception {
        List<Map<String, String>> rows = run("top-programmes", Map.of());
        assertEquals(2, rows.size(), rows.toString());
        rows.forEach(r -> assertEquals("1", r.get("projectCount"), r.toString()));
        List<Map<String, String>> perCountry = run("projects-per-programme-and-country", Map.of("country", "PL"));
        assertEquals(2, perCountry.size(), perCountry.toString());
        perCountry.forEach(r -> assertEquals("1", r.get("projectCount"), r.toString()));
    }

    @Test
    void citiesCountTheirProjectsOnce() throws Exception {
        List<Map<String, String>> rows = run("cities-by-projects", Map.of("country", "PL"));
        assertEquals(2, rows.size(), rows.toString());
        rows.forEach(r -> assertEquals("1", r.get("projectCount"), r.toString()));
    }

    @Test
    void meetingsArePagedInDateOrderWithTheirParticipantsCounted() throws Exception {
        List<Map<String, String>> all = run("meetings-by-date", Map.of());
        assertEquals(List.of("Meeting one", "Meeting two", "Meeting three", "Meeting four"),
                all.stream().map(r -> r.get("meetingLabel")).toList());
        all.forEach(r -> assertEquals("2", r.get("participants"), r.toString()));
        List<Map<String, String>> page = run("meetings-by-date", Map.of("limit", "2", "offset", "1"));
        assertEquals(List.of("Meeting two", "Meeting three"), page.stream().map(r -> r.get("meetingLabel")).toList());
        List<Map<String, String>> ranged = run("meetings-by-date", Map.of("from", "2024-02-11", "to", "2024-03-31"));
        assertEquals(List.of("Meeting two", "Meeting three"), ranged.stream().map(r -> r.get("meetingLabel")).toList(),
                "a meeting is in the range when any of its days is");
    }

    @Test
    void organisationsAreOneRowEachAndPaged() throws Exception {
        List<Map<String, String>> rows = run("organisations-of-country", Map.of("country", "pl"));
        assertEquals(List.of("Agencja A", "Biuro B", "Council C", "Depot D"),
                rows.stream().map(r -> r.get("organisationLabel")).toList());
        rows.forEach(r -> assertEquals("HUB", r.get("projects").split(", ")[0], r.toString()));
        List<Map<String, String>> page = run("organisations-of-country", Map.of("country", "PL", "limit", "2", "offset", "2"));
        assertEquals(List.of("Council C", "Depot D"), page.stream().map(r -> r.get("organisationLabel")).toList());
    }

    @Test
    void aNameSharedByThingsListsThemOneAfterAnother() throws Exception {
        List<Map<String, String>> rows = run("about-entity", Map.of("name", "hub"));
        assertTrue(rows.size() > 5, rows.toString());
        rows.forEach(r -> assertEquals(ID + "project/hub", r.get("entity"), r.toString()));
        assertTrue(rows.stream().anyMatch(r -> r.get("property").endsWith("#hasPartner") && r.get("valueLabel").equals("Agencja A")),
                "a partner under its first name: " + rows);
        assertEquals(rows.stream().distinct().count(), rows.size(), "no row twice");
    }

    @Test
    void partnersAndParticipantsAreOneRowEach() throws Exception {
        List<Map<String, String>> partners = run("partners-of-project", Map.of("project", ID + "project/hub"));
        assertEquals(List.of("Agencja A", "Biuro B", "Council C", "Depot D"),
                partners.stream().map(r -> r.get("partnerLabel")).sorted().toList());
        partners.forEach(r -> assertEquals("HUB", r.get("projectLabel"), r.toString()));
        assertEquals("lead partner", partners.stream().filter(r -> r.get("partnerLabel").equals("Agencja A"))
                .findFirst().orElseThrow().get("partnerRole"));
        List<Map<String, String>> participants = run("participants-of-meeting", Map.of("meeting", ID + "meeting/m2"));
        assertEquals(List.of("Agencja A", "Council C"), participants.stream().map(r -> r.get("participantLabel")).toList());
    }

    @Test
    void pagingInASubqueryNeedsOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CannedQuery.parse("q",
                "#+ paging: subquery\nSELECT ?s WHERE { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("sub-select"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CannedQuery.parse("q",
                "#+ paging: sometimes\nSELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }"));
    }
}
