package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where sentences end, and hard-wrapped lines that do not end them. */
class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void aDayOrOrdinalWithADotDoesNotEndASentence() {
        assertEquals(1, split("Der Workshop findet am 12. Mai 2025 in Leipzig statt.").size());
        assertEquals(1, split("Ve dnech 11. a 12. října 2012 se konala konference.").size());
        assertEquals(1, split("Das 2. Projekttreffen fand in Graz statt.").size());
        assertEquals(2, split("The plan runs until 2030. The city will review it.").size());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(1, split("Spotkanie otworzył dr inż. Jan Nowak w Krakowie.").size());
        assertEquals(2, split("Spotkanie odbyło się w Krakowie. Następne będzie w Gdańsku.").size());
    }

    @Test
    void aStopAfterAnAbbreviationsOwnStopEndsTheSentence() {
        assertEquals(List.of("Pomoć je pružila tvrtka Kovač d.o.o..", "Sastanak je završio u podne."),
                split("Pomoć je pružila tvrtka Kovač d.o.o.. Sastanak je završio u podne."));
        assertEquals(1, split("Firma Nowak sp. z o.o. otworzyła biuro.").size());
    }

    @Test
    void aWrappedLineGoesOnAndOffsetsStay() {
        String text = "Ve dnech 14. a 15. května 2024 se konalo\nsetkání partnerů projektu.\nDalší zpráva";
        String unwrapped = TextContext.unwrapped(text);
        assertEquals(text.length(), unwrapped.length());
        assertEquals(' ', unwrapped.charAt(text.indexOf('\n')));
        assertEquals('\n', unwrapped.charAt(text.lastIndexOf('\n')), "a line starting with a capital is a new line");
        assertEquals(2, split(unwrapped).size());
    }
}
