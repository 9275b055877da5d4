package org.w3id.smartcitykg.extract;

/**
 * Datelines: a line that opens with the place an item comes from, then a dash, a comma or its
 * date ("Bergamo – …", "Lipsko 11.-12.10.2012"). The place stands first in its sentence, where a
 * capital is otherwise no evidence of a name, and without the preposition a place usually has.
 */
final class Datelines {
    private Datelines() {}

    /** Whether {@code begin..end} opens a line and a dateline's mark follows it. */
    static boolean opensDateline(String text, int begin, int end) {
        return opensLine(text, begin) && markAfter(text, end);
    }

    private static boolean opensLine(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    private static boolean markAfter(String text, int offset) {
        int i = Names.skipSpaces(text, offset);
        return i < text.length() && ("–—-,".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i)));
    }
}
