package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of character classes answers as the pattern class or method it stands for, for every code point. */
class CharClassesTest {
    @Test
    void everyCodePointIsALetterOrNumberAsThePatternSays() {
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int cp = c;
            boolean expected = letterOrNumber.matcher(new String(Character.toChars(cp))).matches();
            assertEquals(expected, CharClasses.isLetterOrNumber(cp), () -> Integer.toHexString(cp));
            if (cp <= Character.MAX_VALUE) {
                assertEquals(expected, CharClasses.isLetterOrNumber((char) cp), () -> Integer.toHexString(cp));
                assertEquals(Character.isLetterOrDigit((char) cp), CharClasses.isLetterOrDigit((char) cp),
                        () -> Integer.toHexString(cp));
                assertEquals(Character.isLetter((char) cp), CharClasses.isLetter((char) cp), () -> Integer.toHexString(cp));
                assertEquals(Character.isUpperCase((char) cp) || Character.isTitleCase((char) cp),
                        CharClasses.isUpperOrTitleCase((char) cp), () -> Integer.toHexString(cp));
                assertEquals((char) Character.toLowerCase(Character.toUpperCase(cp)), CharClasses.caseless((char) cp),
                        () -> Integer.toHexString(cp));
            }
        }
    }
}
