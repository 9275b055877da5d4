package org.w3id.smartcitykg.rdf;

/**
 * Char offsets of a text turned into code-point offsets, as the spans' names count them, in
 * constant time: counting from the start of the text for every span made long documents slow.
 */
final class CodePointOffsets {
    /** For each char offset, its code-point offset; null when the two are the same. */
    private final int[] table;

    private CodePointOffsets(int[] table) {
        this.table = table;
    }

    static CodePointOffsets of(String text) {
        boolean bmpOnly = true;
        for (int i = 0; i < text.length() && bmpOnly; i++) {
            bmpOnly = !Character.isSurrogate(text.charAt(i));
        }
        if (bmpOnly) {
            return new CodePointOffsets(null);
        }
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        table[text.length()] = cp;
        return new CodePointOffsets(table);
    }

    int at(int charOffset) {
        return table == null ? charOffset : table[charOffset];
    }
}
