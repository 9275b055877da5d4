package org.w3id.smartcitykg.extract;

/** Character classes of the patterns the hand-written scanners replace. */
public final class CharClasses {
    private CharClasses() {}

    /** {@code [\p{L}\p{N}]}: letters and every kind of number, not only decimal digits. */
    public static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
