package org.w3id.smartcitykg.extract;

/**
 * Character classes that the scanners ask at every char of every text, each char's answers
 * computed once into one table of flags: a lookup is one load, where {@code Character}'s own
 * methods pick a table by plane and combine several.
 */
public final class CharClasses {
    private CharClasses() {}

    private static final byte LETTER_OR_NUMBER = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte LETTER = 4;
    private static final byte UPPER_OR_TITLE_CASE = 8;
    private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];
    private static final char[] CASELESS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FLAGS[c] = (byte) ((letterOrNumberByUnicode(c) ? LETTER_OR_NUMBER : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER_OR_TITLE_CASE : 0));
            CASELESS[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /** {@code [\p{L}\p{N}]}: letters and every kind of number, not only decimal digits. */
    public static boolean isLetterOrNumber(int cp) {
        return cp <= Character.MAX_VALUE ? (FLAGS[cp] & LETTER_OR_NUMBER) != 0 : letterOrNumberByUnicode(cp);
    }

    /** {@link #isLetterOrNumber} of a char: a surrogate is neither. */
    public static boolean isLetterOrNumber(char c) {
        return (FLAGS[c] & LETTER_OR_NUMBER) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}: letters and decimal digits. */
    public static boolean isLetterOrDigit(char c) {
        return (FLAGS[c] & LETTER_OR_DIGIT) != 0;
    }

    /**
     * The char as a case-insensitive Unicode regular expression compares it: upper case, then
     * lower case, so that dotless and dotted i, final sigma and the like meet their other forms.
     */
    public static char caseless(char c) {
        return CASELESS[c];
    }

    /** {@link Character#isUpperCase(char)} or {@link Character#isTitleCase(char)}: a capital. */
    public static boolean isUpperOrTitleCase(char c) {
        return (FLAGS[c] & UPPER_OR_TITLE_CASE) != 0;
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return (FLAGS[c] & LETTER) != 0;
    }

    private static boolean letterOrNumberByUnicode(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
