package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding by its char table gives what the Unicode definition gives, for every char in every context. */
class FoldingTest {
    private static final String[] CONTEXTS = {"%s", "a%s", "%sb", "ΟΔΟ%s", "%s ΟΔΟΣ", " x\u00A0%s\t", "Ł%sß"};

    @Test
    void everyCharFoldsAsTheDefinitionSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String context : CONTEXTS) {
                String s = context.replace("%s", String.valueOf((char) c));
                assertEquals(Folding.foldByUnicode(s), Folding.fold(s), () -> "in " + s);
            }
        }
    }

    @Test
    void wordsFoldAsTheDefinitionSays() {
        for (String s : new String[] {"Kraków", "  Łódź  ", "Bucureşti", "ΣΟΦΊΑ", "София", "İstanbul", "Straße", "ẞ", "e\u0301",
                "a \u0301 b", "Ñandú\u00A0\u00A0x"}) {
            assertEquals(Folding.foldByUnicode(s), Folding.fold(s), s);
        }
    }

    /** The hash of a word's folded prefix, read in place, is that of the folded copy's prefix: every char, in words around it. */
    @Test
    void aFoldedPrefixHashesAsTheFoldedCopysPrefix() {
        String[] words = {"x%s", "Ab%sCdé", "%sЖур", "ß%s", "0%s9"};
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String word : words) {
                String w = word.replace("%s", String.valueOf((char) c));
                String text = "«" + w + "»";
                String folded = Folding.fold(w);
                for (int limit : new int[] {1, 4, Integer.MAX_VALUE}) {
                    int expected = folded.substring(0, Math.min(limit, folded.length())).hashCode();
                    assertEquals(expected, Folding.foldedPrefixHash(text, 1, 1 + w.length(), limit), w);
                }
            }
        }
    }
}
