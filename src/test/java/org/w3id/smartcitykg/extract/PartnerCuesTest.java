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
 * Lead partners named in brackets or in apposition, and towns' bodies read from a lower-case
 * municipality word. Each text is written for this test; none comes from the seeds or the dev set.
 */
class PartnerCuesTest {

    @Test
    void aBracketedLeadCueAfterAnOrganisationMakesItTheLeadWhateverFollows() {
        assertTrue(lead("ro", "Partenerii proiectului GreenRoute: Universitatea din Cluj (lider), "
                + "Primăria Sibiu, Agenția Metropolitană Brașov.", "GreenRoute", "Universitatea din Cluj"));
        assertTrue(lead("en", "Partners of the project BlueDocks: Northern Ports Agency (lead partner), "
                + "Harbour Institute, City Council of Bergen.", "BlueDocks", "Northern Ports Agency"));
    }

    @Test
    void theMunicipalityOfAPlaceIsNoVenueForItsLinkingPreposition() {
        assertTrue(lead("fr", "Le projet SolarVille est lancé.\nLa municipalité de Tours est le chef de "
                + "file de ce projet.", "SolarVille", "Tours"));
        assertTrue(lead("pt", "O projeto VerdeMar arrancou.\nO município de Setúbal é o parceiro líder "
                + "do projeto.", "VerdeMar", "Setúbal"));
    }

    /** Whether the text, read in {@code language}, makes {@code partner} the lead partner of {@code project}. */
    private static boolean lead(String language, String text, String project, String partner) {
        return DocumentFrameTest.has(link(language, text), project, "leadPartner", partner);
    }

    @Test
    void aPluralMunicipalityWordMakesEachListedPlaceABody() {
        LinkedDocument fr = link("fr", "Le projet SolarVille réunit les municipalités de Tours (France), Gand (Belgique) "
                + "et Lecce (Italie) comme partenaires.");
        assertTrue(DocumentFrameTest.has(fr, "SolarVille", "hasPartner", "Gand"));
        LinkedDocument en = link("en", "The partners of the project RiverLink are the municipalities of Ghent, Tours and Lecce.");
        assertTrue(DocumentFrameTest.has(en, "RiverLink", "hasPartner", "Tours"));
    }

    @Test
    void aOneWordNameAmongListedOrganisationsIsAnOrganisationUnlessTheGazetteerKnowsAPlace() {
        LinkedDocument nl = link("nl", "Het project GroenDak heeft partners: Gemeente Arnhem; Hogeschool Delta; Zentrix; "
                + "Stichting Blauw; Korvalo.");
        assertTrue(DocumentFrameTest.has(nl, "GroenDak", "hasPartner", "Zentrix"));
        assertTrue(DocumentFrameTest.has(nl, "GroenDak", "hasPartner", "Korvalo"));
        LinkedDocument de = link("de", "Partner des Projekts SolarHof sind die Universität Kassel, Voltania, Wien und die "
                + "Stadtwerke Fulda GmbH.");
        assertTrue(DocumentFrameTest.has(de, "SolarHof", "hasPartner", "Voltania"));
        assertFalse(DocumentFrameTest.has(de, "SolarHof", "hasPartner", "Wien"));
        LinkedDocument es = link("es", "Los socios del proyecto AguaViva son la Universidad de Murcia, Hidrotek, "
                + "el Ayuntamiento de Lorca y Fundación Mar.");
        assertTrue(DocumentFrameTest.has(es, "AguaViva", "hasPartner", "Hidrotek"));
    }

    @Test
    void aListConjunctionBeforeAnotherHeadNounOrAfterALegalFormEndsAnOrganisationName() {
        LinkedDocument es = link("es", "Los socios del proyecto AguaViva son el Ayuntamiento de Lorca y Fundación Mar.");
        assertTrue(DocumentFrameTest.has(es, "AguaViva", "hasPartner", "Fundación Mar"));
        LinkedDocument pl = link("pl", "Partnerami projektu ZielonyDach są Politechnika Opolska i Uniwersytet Zielonogórski.");
        assertTrue(DocumentFrameTest.has(pl, "ZielonyDach", "hasPartner", "Uniwersytet Zielonogórski"));
        LinkedDocument de = link("de", "Partner des Projekts SolarHof sind die Voltania GmbH und Kassel.");
        assertTrue(DocumentFrameTest.has(de, "SolarHof", "hasPartner", "Voltania GmbH"));
    }

    @Test
    void aLegalFormEndsTheOrganisationBeforeAHeadFinalName() {
        LinkedDocument fi = link("fi", "Hankkeen kumppanit ovat Pohjolan Lämpö Oy ja Tampereen yliopisto.");
        assertTrue(fi.entities().stream().anyMatch(e -> e.label().equals("Tampereen yliopisto")));
        assertFalse(fi.entities().stream().anyMatch(e -> e.label().contains("Oy ja")));
    }

    /**
     * A company's name that capitalises only its first word runs from that word to its legal
     * form; the words before it, and a sentence's first word, stay out.
     */
    @Test
    void aLegalFormTakesTheLowerCaseWordsOfANameThatCapitalisesOnlyItsFirst() {
        LinkedDocument fi = link("fi", "Hankkeen kumppanit ovat Kotkan Energia Oy, Lahden puutarhat Oy ja Tampereen yliopisto.");
        assertTrue(fi.entities().stream().anyMatch(e -> e.label().equals("Lahden puutarhat Oy")), fi.entities().toString());
        LinkedDocument hr = link("hr", "Radove je izvela tvrtka Morski vjetar d.o.o. iz Splita.");
        assertTrue(hr.entities().stream().anyMatch(e -> e.label().equals("Morski vjetar d.o.o.")), hr.entities().toString());
        assertFalse(hr.entities().stream().anyMatch(e -> e.label().contains("tvrtka")));
        // "EM" (a municipal company) read case-insensitively is also the preposition "em".
        LinkedDocument pt = link("pt", "O projeto SolarVivo será implementado em Braga e em Barcelos.");
        assertFalse(pt.entities().stream().anyMatch(e -> e.label().endsWith(" em")), pt.entities().toString());
    }

    /** A gallery is a body like a museum or a library, in every language. */
    @Test
    void aGalleryIsAnOrganisationsHead() {
        LinkedDocument en = link("en", "The exhibition was opened at the Northgate Gallery of Modern Art in Leeds.");
        assertTrue(en.entities().stream().anyMatch(e -> e.label().equals("Northgate Gallery of Modern Art")), en.entities().toString());
        LinkedDocument pl = link("pl", "Wystawę przygotowała Galeria Sztuki Współczesnej w Opolu.");
        assertTrue(pl.entities().stream().anyMatch(e -> e.key().startsWith("partner/") && e.label().startsWith("Galeria Sztuki")),
                pl.entities().toString());
    }

    @Test
    void aHeadInTheLocativeIsWhereSomethingHappensUnlessItIsATownsBody() {
        LinkedDocument fi = link("fi", "Hankkeen kumppanit tapasivat Kalevan keskuksessa maaliskuussa.");
        assertFalse(fi.entities().stream().anyMatch(e -> e.label().startsWith("Kalevan")));
    }

    @Test
    void aCountryInTheLocativeIsNoPlaceOrTownBody() {
        LinkedDocument lt = link("lt", "Projekto partneriai susitiko Latvijoje ir aptarė tolesnius darbus.");
        assertFalse(lt.entities().stream().anyMatch(e -> e.label().startsWith("Latvij") || e.label().contains("Latvijoje")));
    }

    @Test
    void aWordHeadingAQuotedNameOrALoneAcronymIsNoPlace() {
        LinkedDocument ro = link("ro", "Întâlnirea a avut loc la Sala „Mihai Eminescu” a universității.");
        assertFalse(ro.entities().stream().anyMatch(e -> e.key().startsWith("city/")));
        LinkedDocument fi = link("fi", "Kohteita kutsutaan nimellä PED ja niitä rakennetaan kolmeen kaupunkiin.");
        assertFalse(fi.entities().stream().anyMatch(e -> e.key().startsWith("city/")));
    }

    private static LinkedDocument link(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("partner.txt"), text, "0".repeat(64), 0),
                language, true, "partner", Optional.empty(), Optional.empty());
        return Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
    }
}
