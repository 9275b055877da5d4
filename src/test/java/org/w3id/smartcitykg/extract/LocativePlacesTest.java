package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;
import org.w3id.smartcitykg.link.LinkedDocument;

/**
 * Places marked by a locative case ending instead of a preposition, joined by a hyphen or colon
 * or written on the word. Each text is written for this test; none comes from the seeds or the dev set.
 */
class LocativePlacesTest {

    @Test
    void anEndingJoinedByAHyphenOrColonMarksTheVenue() {
        assertTrue(heldIn("hu", "A ZöldUtca projekt konferenciáját 2024. március 5-én Hamburg-ban tartották.", "Hamburg"));
        assertTrue(heldIn("fi", "Hankkeen VihreäKatu kumppanit kokoontuivat 12. maaliskuuta 2024 Lyon:ssa työpajaan.", "Lyon"));
    }

    @Test
    void anEndingOnTheWordMarksAPlaceButNotAtTheStartOfASentence() {
        assertTrue(heldIn("lt", "Projekto ŽaliasKiemas partnerių susitikimas vyko 2024 m. kovo 5 d. Vilniuje.", "Vilnius"));
        assertTrue(heldIn("hu", "A ZöldUtca projekt konferenciáját 2024. május 7-én Debrecenben tartották.", "Debrecen"));
        LinkedDocument et = link("et", "Projekti RohelineÕu seminar toimus 3. aprillil 2024. Pärast seminari "
                + "tutvusid osalejad linnaga.");
        assertFalse(et.entities().stream().anyMatch(e -> e.type() == MentionType.CITY));
    }

    private static boolean heldIn(String language, String text, String place) {
        return DocumentFrameTest.has(link(language, text), "*", "heldIn", place);
    }

    private static LinkedDocument link(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("locative.txt"), text, "0".repeat(64), 0),
                language, true, "locative", Optional.empty(), Optional.empty());
        return Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
    }
}
