package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.smartcitykg.Fixtures;

/**
 * A family's name ("Interreg") followed by what tells its programmes apart (two countries, in any
 * language or as ISO codes, and a period) names the one programme, over the whole span; a family
 * name followed by nothing distinctive stays the family.
 */
class ProgrammeRegistryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Projekt je financiran iz INTERREG programa suradnje Slovenija – Hrvatska 2014.-2020. i ostalih.|INTERREG programa suradnje Slovenija – Hrvatska 2014.-2020|interreg-si-hr-2014-2020",
        "Проектът е по ИНТЕРРЕГ V-A ГЪРЦИЯ-БЪЛГАРИЯ 2014-2020, финансиран от ЕС.|ИНТЕРРЕГ V-A ГЪРЦИЯ-БЪЛГАРИЯ 2014-2020|interreg-gr-bg-2014-2020",
        "Podporu poskytol program Interreg V-A SK-AT v roku 2019.|Interreg V-A SK-AT|interreg-sk-at-2014-2020",
        "The project is funded by Interreg, as many others are.|Interreg|interreg",
        "Co-funded by the European Regional Development Fund under the Regional Programme Alpha 2014-2020.|European Regional Development Fund|erdf"})
    void aFamilyNameFollowedByCountriesNamesOneProgramme(String text, String span, String keys) {
        assertFound(text, span, keys);
    }

    /** A name of three words or more is found inflected, word by word by its stem, and named as registered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Obnova je plaćena iz Europskog fonda za regionalni razvoj i proračuna.|Europskog fonda za regionalni razvoj|erdf|hr|Europski fond za regionalni razvoj",
        "Projekt byl podpořen z Evropského fondu pro regionální rozvoj v roce 2020.|Evropského fondu pro regionální rozvoj|erdf|cs|Evropský fond pro regionální rozvoj"})
    void anInflectedNameIsTheRegisteredOne(String text, String span, String keys, String language, String label) {
        ProgrammeRegistry.Found found = assertFound(text, span, keys);
        assertEquals(java.util.Optional.of(label),
                ProgrammeRegistry.nameInflectedAs(found.candidates().get(0), language, found.text()));
    }

    /**
     * A cue and the words after it ("Ταμείου Περιφερειακής Ανάπτυξης") inside a registered name
     * are a part of it: the document has the registered programme, named as registered, not a
     * programme of its own for the shorter span.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "el|Η χρηματοδότηση προέρχεται από πόρους του Ευρωπαϊκού Ταμείου Περιφερειακής Ανάπτυξης.|Ευρωπαϊκό Ταμείο Περιφερειακής Ανάπτυξης",
        "ga|Tá an tionscadal arna chomhmhaoiniú ag Ciste Forbraíochta Réigiúnaí na hEorpa.|Ciste Forbraíochta Réigiúnaí na hEorpa"})
    void aRegisteredNameTakesThePlaceOfAShorterProgrammeInsideIt(String language, String text, String label) {
        org.w3id.smartcitykg.ingest.Document doc = new org.w3id.smartcitykg.ingest.Document(
                new org.w3id.smartcitykg.ingest.SourceText(java.nio.file.Path.of("p.txt"), text, "0".repeat(64), 0),
                language, true, "p", java.util.Optional.empty(), java.util.Optional.empty());
        LinkedDocument linked = Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
        java.util.List<String> programmes = linked.entities().stream()
                .filter(e -> e.type() == org.w3id.smartcitykg.extract.MentionType.PROGRAMME)
                .map(e -> e.key() + " " + e.label()).toList();
        assertEquals(java.util.List.of("programme/erdf " + label), programmes);
    }

    private static ProgrammeRegistry.Found assertFound(String text, String span, String keys) {
        java.util.List<ProgrammeRegistry.Found> found = Fixtures.registry().scan(text);
        ProgrammeRegistry.Found first = found.get(0);
        assertEquals(span, first.text());
        // "V-A" is a strand of one period: only the programme of that strand is of the family found.
        assertEquals(java.util.Set.of(keys.split(" ")),
                first.candidates().stream().map(ProgrammeRegistry.Programme::key).collect(java.util.stream.Collectors.toSet()));
        return first;
    }
}
