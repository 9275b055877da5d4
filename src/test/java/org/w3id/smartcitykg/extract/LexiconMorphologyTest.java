package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nominatives from a lexicon's head nouns and suffix rules, for languages without a dictionary:
 * names led by adjectives that agree with their head, and people's names in a case no
 * nominative ends in. Sentences are written for this test.
 */
class LexiconMorphologyTest {
    private static final Lexicons LEXICONS = Lexicons.fromClasspath();

    private static LexiconMorphology of(String language) {
        return new LexiconMorphology(LEXICONS.forLanguage(language));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Вінницької міської ради | Вінницька міська рада
            uk | Подільської агенції регіонального розвитку | Подільська агенція регіонального розвитку
            uk | Придніпровського університету | Придніпровський університет
            sl | Tehniško univerzo Posavje | Tehniška univerza Posavje
            mk | Техничкиот универзитет | Технички универзитет
            ru | Казанской ассоциации | Казанская ассоциация
            """)
    void adjectivesBeforeTheHeadAgreeWithIt(String language, String written, String nominative) {
        assertEquals(nominative, of(language).nominative(written));
    }

    @ParameterizedTest(name = "{0}: {1} stays")
    @CsvSource(delimiter = '|', textBlock = """
            sl | Krožno mesto
            el | Δήμος Θεσσαλονίκης
            ru | Казанская ассоциация
            uk | Зелене місто
            lt | Gdansko miesto savivaldybė
            """)
    void aNameWhoseHeadIsInTheNominativeStaysAsWritten(String language, String written) {
        assertEquals(written, of(language).nominative(written));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Дмитрием Воронцовым | Дмитрий Воронцов
            uk | Андрієм Коваленком | Андрій Коваленко
            sl | Janezom Novakom | Janez Novak
            ru | Игорь Лаптев | Игорь Лаптев
            ru | Марина Соколова | Марина Соколова
            uk | Ірині Савчук | Ірині Савчук
            """)
    void peopleGoBackOnlyByEndingsNoNominativeHas(String language, String written, String nominative) {
        assertEquals(nominative, of(language).personNominative(written));
    }
}
