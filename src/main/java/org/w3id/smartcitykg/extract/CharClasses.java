package org.w3id.smartcitykg.extract;

/** Character classes of the patterns the hand-written scanners replace. */
public final class CharClasses {
    private CharClasses() {}

    /** {@link #isLetterOrNumber} of every char, computed once: the scanners ask it at every char of every text. */
    private static final boolean[] LETTER_OR_NUMBER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_NUMBER[c] = byUnicode(c);
        }
    }

    /** {@code [\p{L}\p{N}]}: letters and every kind of number, not only decimal digits. */
    public static boolean isLetterOrNumber(int cp) {
        return cp <= Character.MAX_VALUE ? LETTER_OR_NUMBER[cp] : byUnicode(cp);
    }

    /** {@link #isLetterOrNumber} of a char: a surrogate is neither. */
    public static boolean isLetterOrNumber(char c) {
        return LETTER_OR_NUMBER[c];
    }

    private static boolean byUnicode(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
