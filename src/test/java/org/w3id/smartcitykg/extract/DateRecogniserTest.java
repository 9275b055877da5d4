package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRecogniserTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "pl|Spotkanie odbyło się 12 marca 2024 r. w ratuszu.|12 marca 2024|2024-03-12|2024-03-12",
        "pl|Warsztaty trwały 7 i 8 listopada 2023 r.|7 i 8 listopada 2023|2023-11-07|2023-11-08",
        "pl|Szkolenie 3-5 lutego 2021 w Gdańsku.|3-5 lutego 2021|2021-02-03|2021-02-05",
        "ro|Vizita a avut loc în zilele de 15 și 16 aprilie 2021.|15 și 16 aprilie 2021|2021-04-15|2021-04-16",
        "ro|Intalnirea din 15 si 16 aprilie 2021 a fost utila.|15 si 16 aprilie 2021|2021-04-15|2021-04-16",
        "bg|Срещата се проведе на 3 и 4 октомври 2023г. в Пловдив.|3 и 4 октомври 2023|2023-10-03|2023-10-04",
        "cs|Konference proběhla 14. září 2022 v Brně.|14. září 2022|2022-09-14|2022-09-14",
        "sk|Stretnutie sa konalo 14. decembra 2022 v Žiline.|14. decembra 2022|2022-12-14|2022-12-14",
        "de|Das Treffen fand am 5. Mai 2023 in Leipzig statt.|5. Mai 2023|2023-05-05|2023-05-05",
        "es|La reunión se celebró el 9 de junio de 2022 en Valencia.|9 de junio de 2022|2022-06-09|2022-06-09",
        "it|L'incontro si è svolto il 21 e 22 settembre 2022 a Bari.|21 e 22 settembre 2022|2022-09-21|2022-09-22",
        "en|The workshop took place on March 28, 2022 in Cork.|March 28, 2022|2022-03-28|2022-03-28",
        "hr|Sastanak je održan 4. srpnja 2022. u Splitu.|4. srpnja 2022|2022-07-04|2022-07-04",
        "lt|Susitikimas vyko 2022-05-17 Kaune.|2022-05-17|2022-05-17|2022-05-17",
        "cs|Studijní cesta Lipsko 11.-12.10.2012 - Německo|11.-12.10.2012|2012-10-11|2012-10-12",
        "cs|Setkání se konalo 3. 5. 2023 v Brně.|3. 5. 2023|2023-05-03|2023-05-03",
        "pl|Zdjęcie z dnia 23.01.2020|23.01.2020|2020-01-23|2020-01-23",
        // A year before the month, with and without a word after it: the pattern is tried at years too.
        "hu|A találkozó 2023. május 5-én volt Győrben.|2023. május 5|2023-05-05|2023-05-05",
        "lt|Susitikimas vyko 2022 m. gegužės 17 d. Kaune.|2022 m. gegužės 17|2022-05-17|2022-05-17",
        "lt|Susitikimas vyko 2022 m.\tgegužės 17 d. Kaune.|2022 m.\tgegužės 17|2022-05-17|2022-05-17",
        // A day range before a numeric date, its dash after a space or a dot and a space.
        "cs|Akce 11. - 12.10.2012 v Brně.|11. - 12.10.2012|2012-10-11|2012-10-12",
        "cs|Akce 11 -12/10/2012 v Brně.|11 -12/10/2012|2012-10-11|2012-10-12",
        "cs|Akce 11–12.10.2012 v Brně.|11–12.10.2012|2012-10-11|2012-10-12"})
    void findsDaysListsAndRanges(String lang, String sentence, String span, String start, String end) {
        List<DateRecogniser.Found> found = recogniser(lang).find(sentence, Optional.empty());
        assertEquals(1, found.size(), found.toString());
        DateRecogniser.Found f = found.get(0);
        assertTrue(f.text().startsWith(span), f.text());
        assertEquals(start, f.start().toString());
        assertEquals(end, f.endDate().toString());
    }

    @Test
    void aMissingYearComesFromTheDocumentOrTheDateIsLeftOut() {
        DateRecogniser ro = recogniser("ro");
        String text = "In zilele de 23 si 24 ianuarie a.c. a avut loc vizita.";
        assertTrue(ro.find(text, Optional.empty()).isEmpty(), "no year anywhere: left out, not guessed");
        DateRecogniser.Found f = ro.find(text, Optional.of(2020)).get(0);
        assertEquals("2020-01-23", f.start().toString());
        assertEquals("2020-01-24", f.endDate().toString());
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertTrue(recogniser("pl").find("Dnia 31 lutego 2022 nic się nie stało.", Optional.empty()).isEmpty());
        assertTrue(recogniser("en").find("Version 12.13.2022 was released.", Optional.empty()).isEmpty());
    }

    /**
     * Every month name the JDK gives a language opens a month-first date, in any case: the
     * recogniser tries its pattern only where a word's first chars open a month name, and a
     * name that filter let slip would never be found.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ro",
        "bg", "cs", "sk", "hu", "fi", "sv", "da", "el", "lt", "lv", "et", "hr", "sl", "sr", "uk", "ga", "mt"})
    void everyMonthNameOpensAMonthFirstDateInAnyCase(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        DateRecogniser recogniser = recogniser(lang);
        for (java.time.Month month : java.time.Month.values()) {
            for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL,
                    java.time.format.TextStyle.FULL_STANDALONE)) {
                String name = month.getDisplayName(style, locale);
                if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                // Not a capital that is two chars ("ΐ" is "Ϊ" and an accent): a pattern compares char by char.
                for (String written : java.util.stream.Stream.of(name, name.toUpperCase(Locale.ROOT),
                        name.toLowerCase(Locale.ROOT)).filter(w -> w.length() == name.length()).toList()) {
                    String text = "Aktualno: " + written + " 12, 2024 ok.";
                    List<DateRecogniser.Found> found = recogniser.find(text, Optional.empty());
                    assertEquals(1, found.size(), text);
                    assertEquals(java.time.LocalDate.of(2024, month, 12), found.get(0).start(), text);
                }
            }
        }
    }

    private static DateRecogniser recogniser(String lang) {
        return new DateRecogniser(Locale.forLanguageTag(lang), Set.of("i", "oraz", "și", "si", "и", "and", "und",
                "y", "e", "a", "ir"));
    }
}
