package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.LinkedDocument;

/**
 * Meetings the headline reports, named by a noun or by a verb, dated from a dateline or from the
 * body. Each text is written for this test; none comes from the seeds or the dev set.
 */
class MeetingRecognitionTest {

    @Test
    void aHeadlineMeetingTakesTheDatelinesDate() {
        LinkedDocument es = link("es", "El ayuntamiento acoge la primera reunión del proyecto Barrio Verde\n"
                + "12 de marzo de 2024\n\nLos socios hablaron del presupuesto.");
        assertEquals(List.of("2024-03-12"), startDates(es));
        LinkedDocument cs = link("cs", "Radnice hostila konferenci projektu Zelené střechy\n3. dubna 2023\n\n"
                + "Partneři diskutovali o rozpočtu.");
        assertEquals(List.of("2023-04-03"), startDates(cs));
    }

    @Test
    void aHeadlineMeetingAndTheBodysDatedAccountAreOneMeeting() {
        LinkedDocument hu = link("hu", "Partnertalálkozón jártunk\nA 2023. június 6-án tartott partnertalálkozó "
                + "célja a tervezés volt.");
        assertEquals(1, meetings(hu).size());
        assertEquals(List.of("2023-06-06"), startDates(hu));
        LinkedDocument ro = link("ro", "Eveniment la primărie\nÎn ziua de 5 mai 2022 a avut loc vizita de studiu a "
                + "partenerilor.");
        assertEquals(1, meetings(ro).size());
    }

    @Test
    void aHeadlineVerbSayingPeopleMetOrSignedReportsAMeetingNamedByTheHeadline() {
        LinkedDocument pt = link("pt", "Parceiros do projeto SolarVila reúnem-se em Braga\nOs parceiros discutiram o plano.");
        assertTrue(meetings(pt).stream().anyMatch(m -> m.label().equals("Parceiros do projeto SolarVila reúnem-se em Braga")));
        LinkedDocument fi = link("fi", "Hankkeen kumppanit kokoontuivat Tampereella\nKumppanit sopivat aikataulusta.");
        assertEquals(1, meetings(fi).size());
        LinkedDocument pl = link("pl", "Gmina i uczelnia podpisały porozumienie\nDnia 4 maja 2021 r. podpisano umowę "
                + "o współpracy.");
        assertEquals(List.of("2021-05-04"), startDates(pl));
    }

    @Test
    void aHeadlineWithoutMeetingWordsReportsNoMeeting() {
        assertTrue(meetings(link("en", "City opens a new cycle path\nThe path is 4 km long.")).isEmpty());
        assertTrue(meetings(link("de", "Neue Radwege in der Stadt\nDie Wege sind 4 km lang.")).isEmpty());
    }

    @Test
    void aMeetingsNameStopsBeforeTheProjectsQuotedTitle() {
        LinkedDocument hr = link("hr", "Dana 3. ožujka 2024. održan je sastanak partnera projekta „Zeleni grad za sve“ u Splitu.");
        assertTrue(meetings(hr).stream().anyMatch(m -> m.label().equals("Sastanak partnera projekta")),
                () -> meetings(hr).toString());
        LinkedDocument ro = link("ro", "Pe 3 martie 2024 a avut loc conferința de închidere a proiectului ”Orașe verzi”.");
        assertTrue(meetings(ro).stream().anyMatch(m -> m.label().equals("Conferința de închidere a proiectului")),
                () -> meetings(ro).toString());
    }

    @Test
    void whereModifiersPrecedeTheNounTheCueAloneNamesTheMeeting() {
        LinkedDocument fi = link("fi", "Kokous pidettiin 3. maaliskuuta 2024 ja siihen osallistui kymmenen kuntaa.");
        assertTrue(meetings(fi).stream().anyMatch(m -> m.label().equals("Kokous")), () -> meetings(fi).toString());
        LinkedDocument hu = link("hu", "A 2024. március 3-án megrendezett tanulmányút célja a tanulás volt.");
        assertTrue(meetings(hu).stream().anyMatch(m -> m.label().equalsIgnoreCase("tanulmányút")),
                () -> meetings(hu).toString());
    }

    private static List<Entity> meetings(LinkedDocument linked) {
        return linked.entities().stream().filter(e -> e.type() == MentionType.MEETING).toList();
    }

    private static List<String> startDates(LinkedDocument linked) {
        return linked.facts().stream().filter(f -> f.property().equals("startDate")).map(f -> f.value()).distinct().toList();
    }

    private static LinkedDocument link(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("meeting.txt"), text, "0".repeat(64), 0),
                language, true, "meeting", Optional.empty(), Optional.empty());
        return Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
    }

    @Test
    void noMeetingWithoutADateInTheBody() {
        assertFalse(meetings(link("it", "Il comune ha pubblicato il bando.\nLa riunione si terrà presto.")).stream()
                .findAny().isPresent());
    }
}
