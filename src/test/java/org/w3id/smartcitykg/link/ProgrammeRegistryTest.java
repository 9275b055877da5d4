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
