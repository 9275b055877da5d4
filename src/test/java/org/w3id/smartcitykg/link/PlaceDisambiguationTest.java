package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.extract.MentionType;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;

/** A country written next to a place decides between places of one name. */
class PlaceDisambiguationTest {
    @Test
    void theCountryInBracketsWins() {
        assertEquals("GB", cityCountry("en", "The partners met on 5 May 2023 in Alexandria (United Kingdom)."));
        assertEquals("RO", cityCountry("en", "The partners met on 5 May 2023 in Alexandria (Romania)."));
        assertEquals("GB", cityCountry("pl", "Partnerzy spotkali się w Alexandrii (Wielka Brytania)."));
    }

    @Test
    void withoutACountryTheLargestPlaceIsMeant() {
        Optional<Entity> city = city("cs", "Konference proběhla v Písku.");
        assertEquals(3068293L, city.orElseThrow().place().orElseThrow().geonameId());
    }

    /** With no other place in the text, a name several countries share is looked for where the language is spoken first. */
    @Test
    void theDocumentsLanguageSaysWhereFirst() {
        assertEquals("NO", cityCountry("nn", "Konferansen vart opna i Førde 3. mars 2025."));
        assertEquals("DE", cityCountry("de", "Die Konferenz fand in Voerde statt."));
        assertEquals("RO", cityCountry("en", "The partners met on 5 May 2023 in Alexandria (Romania)."));
    }

    @Test
    void countriesAreNotPlaces() {
        assertTrue(city("ro", "Partenerii vin din Italia și din Spania.").isEmpty());
    }

    @Test
    void aNeighboursPlaceNeedsAPrepositionOrItsCountry() {
        assertEquals("TR", cityCountry("en", "The partners met in Trabzon on 5 May 2023."));
        assertEquals("TR", cityCountry("en", "The partners visited Trabzon (Turkey) last week."));
        assertTrue(city("en", "The partners visited Trabzon last week.").isEmpty());
    }

    private static String cityCountry(String language, String sentence) {
        return city(language, sentence).orElseThrow().countryCode().orElseThrow();
    }

    private static Optional<Entity> city(String language, String sentence) {
        Document doc = new Document(new SourceText(Path.of("t.txt"), sentence, "0".repeat(64), 0), language, true,
                "t", Optional.empty(), Optional.empty());
        LinkedDocument linked = Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
        return linked.entities().stream().filter(e -> e.type() == MentionType.CITY).findFirst();
    }
}
