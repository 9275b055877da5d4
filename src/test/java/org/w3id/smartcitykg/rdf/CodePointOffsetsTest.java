package org.w3id.smartcitykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
    @Test
    void agreesWithCountingFromTheStart() {
        for (String text : new String[] {"Łódź, Kraków", "a\uD83D\uDE00b\uD83C\uDDF5\uD83C\uDDF1 c", "\uD800x", ""}) {
            CodePointOffsets offsets = CodePointOffsets.of(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(text.codePointCount(0, i), offsets.at(i), text + " at " + i);
            }
        }
    }
}
