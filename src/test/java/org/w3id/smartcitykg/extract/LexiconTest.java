package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form looked up once answers for every category it belongs to, with each category's own entry. */
class LexiconTest {
    private static Lexicon lexicon(String tsv) throws IOException {
        return Lexicon.parse("xx", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFormOfSeveralCategoriesKeepsEachCategorysEntry() throws IOException {
        Lexicon lexicon = lexicon("""
                org.head\tCity|Cities\tbody
                municipality.cue\tcity\ttown
                org.head\tcity hall|city\tbuilding
                location.prep\tin
                """);
        assertEquals("City", lexicon.lookup("org.head", "CITY").orElseThrow().lemma(),
                "the first entry of a category that has the form keeps it");
        assertEquals("town", lexicon.lookup("municipality.cue", "city").orElseThrow().attribute());
        assertEquals("city hall", lexicon.lookup("org.head", "City Hall").orElseThrow().lemma());
        assertTrue(lexicon.lookup("location.prep", "city").isEmpty());
        assertTrue(lexicon.lookup("no.such.category", "city").isEmpty());
        assertEquals("town", lexicon.lookupFirst(List.of("location.prep", "municipality.cue", "org.head"), "city")
                .orElseThrow().attribute(), "the first category asked that has it");
        assertEquals("body", lexicon.lookupFirst(List.of("org.head", "municipality.cue"), "city").orElseThrow().attribute());
        assertTrue(lexicon.inAny(List.of("location.prep", "municipality.cue"), "CITY"));
        assertFalse(lexicon.inAny(List.of("location.prep", "no.such.category"), "city"));
        assertTrue(lexicon.inAny(List.of("org.head"), "cities"));
        assertFalse(lexicon.inAny(List.of("org.head"), "town"));
    }
}
