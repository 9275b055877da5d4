package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.LinkedDocument;

/**
 * The document frame: what a news item says of its one project and its one meeting holds across
 * sentences. Each text is written for this test; none comes from the seeds or the dev set.
 */
class DocumentFrameTest {

    @Test
    void organisationsListedInABodySentenceArePartnersOfTheHeadlinesProject() {
        String fr = "Le projet GreenWays démarre\n"
                + "Le consortium réunit l'Université de Brest, la Fondation Océan Vivant et l'Agence Mobilité Durable.";
        LinkedDocument linked = link("fr", fr);
        java.util.List.of("Fondation Océan Vivant", "Agence Mobilité Durable", "Université de Brest")
                .forEach(partner -> assertTrue(has(linked, "GreenWays", "hasPartner", partner), partner));
        assertTrue(has(link("pl", "Projekt CleanAir4All rusza w maju\nW przedsięwzięciu biorą udział Uniwersytet "
                + "Rzeszowski, Fundacja Czyste Niebo oraz Stowarzyszenie Zielony Rynek."),
                "CleanAir4All", "hasPartner", "Fundacja Czyste Niebo"));
    }

    @Test
    void aCommonWordOpeningASentenceIsNotPartOfTheNameAfterIt() {
        // the text writes "ispred" in lower case too: its capital is the sentence's, not a name's
        LinkedDocument hr = link("hr", "Projekt ZelenaStaza okupio je partnere.\n"
                + "Ispred Općine Virje na sastanku je bio načelnik g. Ivan Kovačić. "
                + "Sastanku je nazočila i Ana Babić ispred Turističke zajednice Koprivnice.");
        assertTrue(has(hr, "Ivan Kovačić", "affiliation", "Općina Virje"), hr.facts().toString());
        LinkedDocument en = link("en", "Beyond Riverton the tram line ends. The buses go beyond the river.");
        assertFalse(en.entities().stream().anyMatch(e -> e.label().startsWith("Beyond")), en.entities().toString());
    }

    @Test
    void aLoneOrganisationIsNoList() {
        assertFalse(has(link("en", "The SmartPorts project starts\nA lawyer of the Ghent University read the agreement."),
                "SmartPorts", "hasPartner", "Ghent University"));
    }

    @Test
    void aMeetingWithNoPlaceInItsSentenceIsHeldWhereItsParagraphSays() {
        String de = "Partnertreffen in Graz\nDie Partner des Projekts UrbanHeat trafen sich in Graz. "
                + "Das zweite Projekttreffen fand am 12. März 2024 statt.";
        assertTrue(has(link("de", de), "*", "heldIn", "Graz"));
        assertTrue(has(link("de", de), "*", "aboutProject", "UrbanHeat"));
    }

    @Test
    void aMeetingWithNoPlaceInItsTextIsHeldWhereItsDatelineSays() {
        String it = "Progetto VerdeCittà, il convegno di apertura\n"
                + "Bergamo – Il convegno di apertura del progetto VerdeCittà si è svolto ieri con i partner europei.";
        assertTrue(has(link("it", it), "*", "heldIn", "Bergamo"));
        String cs = "Konference projektu ZelenéMěsto\n3. 5. 2023, Brno\n"
                + "Zahajovací konference projektu ZelenéMěsto se konala za účasti všech partnerů.";
        assertTrue(has(link("cs", cs), "*", "heldIn", "Brno"));
    }

    @Test
    void aBodyAfterAFunctionAndItsPrepositionIsWhomPeopleSpeakFor() {
        String bg = "На срещата присъстваха представители на община Габрово – Мария Иванова и Петър Петров.";
        assertTrue(has(link("bg", bg), "Мария Иванова", "affiliation", "Община Габрово"));
        assertTrue(has(link("bg", bg), "Петър Петров", "affiliation", "Община Габрово"));
    }

    @Test
    void peopleWithAFunctionInAnEventItemTookPartInItsMeeting() {
        assertTrue(has(link("es", "Reunión del proyecto SolarBarrio\nLa alcaldesa María López dio la bienvenida. "
                + "La reunión se celebró el 3 de mayo de 2023 en Burgos."), "*", "participant", "María López"));
    }

    @Test
    void aPersonSpeaksForTheOrganisationNearestThemInTheirSentence() {
        assertTrue(has(link("en", "Project manager Tom Lind welcomed the guests on behalf of the Northern Development "
                + "Agency."), "Tom Lind", "affiliation", "Northern Development Agency"));
    }

    @Test
    void organisationNamesThatPutTheHeadLastOrCapitaliseOnlyTheirFirstWord() {
        assertTrue(partner(link("fi", "Hankkeessa ovat mukana Tampereen yliopisto ja Porin kaupunki."),
                "Tampereen yliopisto"));
        assertTrue(partner(link("lt", "Projekte dalyvauja Kauno miesto savivaldybė ir Vilniaus universitetas."),
                "Kauno miesto savivaldybė"));
        assertTrue(partner(link("hr", "Na sastanku je bila i predstavnica Razvojna agencija Sjever."),
                "Razvojna agencija Sjever"));
        assertTrue(partner(link("fr", "Le consortium comprend l’Agence Mobilité Durable."), "Agence Mobilité Durable"));
    }

    @Test
    void aProjectNamedInTitleCaseAfterTheCueOrWithTheCueAfterTheQuotes() {
        assertTrue(project(link("es", "Arranca el proyecto Barrio Solar Norte. Barrio Solar Norte instalará paneles."),
                "Barrio Solar Norte"));
        assertTrue(project(link("hu", "A „VárosiKert” projekt keretében a város parkot újít fel."), "VárosiKert"));
    }

    private static boolean partner(LinkedDocument linked, String label) {
        return linked.entities().stream().anyMatch(e -> e.type() == MentionType.PARTNER && names(e, label));
    }

    private static boolean project(LinkedDocument linked, String label) {
        return linked.entities().stream().anyMatch(e -> e.type() == MentionType.PROJECT && names(e, label));
    }

    private static LinkedDocument link(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("frame.txt"), text, "0".repeat(64), 0),
                language, true, "frame", Optional.empty(), Optional.empty());
        return Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
    }

    /** Whether a fact of {@code property} joins entities labelled so ({@code *}: any subject). */
    static boolean has(LinkedDocument linked, String subject, String property, String object) {
        Map<String, Entity> byKey = new TreeMap<>();
        linked.entities().forEach(e -> byKey.put(e.key(), e));
        return linked.facts().stream().filter(f -> f.property().equals(property))
                .filter(f -> subject.equals("*") || names(byKey.get(f.subjectKey()), subject))
                .anyMatch(f -> names(byKey.get(f.objectKey()), object));
    }

    private static boolean names(Entity e, String label) {
        String want = Folding.fold(label);
        return e != null && (Folding.fold(e.label()).equals(want)
                || e.altLabels().stream().anyMatch(a -> Folding.fold(a).equals(want)));
    }
}
