package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry compiled at build time holds what its Turtle says, in the same order; its words are read as the pattern reads them. */
class CompiledRegistryTest {
    @Test
    void compiledRegistryEqualsTheTurtle() {
        List<String> parsed = ProgrammeRegistry.fromTurtle().programmes().stream().map(Object::toString).toList();
        List<String> compiled = ProgrammeRegistry.load().programmes().stream().map(Object::toString).toList();
        assertEquals(parsed, compiled);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Interreg V-A Grecia–Bulgaria 2014-2020", "rock'n'roll+x ++ 'a' b'",
        "d’Italia l'ERDF' x’", "Horizon 2020+ ½ ² Ⅻ 𝐀𝐁c", "", "  ...  ", "a''b a'’b C++'x"})
    void wordsAreWhatThePatternFinds(String text) {
        List<String> expected = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ProgrammeRegistry.WORD.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        assertEquals(expected, ProgrammeRegistry.wordSpans(text).stream().map(s -> s[0] + "-" + s[1]).toList());
    }
}
