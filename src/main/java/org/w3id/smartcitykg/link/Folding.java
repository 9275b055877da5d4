package org.w3id.smartcitykg.link;

import java.text.Normalizer;
import java.util.Locale;

/** One way to compare names: lower case, no diacritics, Romanian cedillas as commas, ł as l. */
public final class Folding {
    private Folding() {}

    public static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT).strip();
        }
        String t = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Printable ASCII with single spaces: most gazetteer names, which need no Unicode work. */
    private static boolean isPlainAscii(String s) {
        char previous = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether {@code word} starts with {@code prefix}, case and diacritics folded. */
    public static boolean startsWithFolded(String word, String prefix) {
        return fold(word).startsWith(fold(prefix));
    }

    /** A readable, stable IRI segment: ASCII letters, digits and hyphens. */
    public static String slug(String s) {
        String t = fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (t.isEmpty()) {
            // Cyrillic or Greek names fold to nothing in ASCII: keep their code points readable.
            t = Transliteration.toLatin(s).isBlank() ? Integer.toHexString(s.hashCode())
                    : fold(Transliteration.toLatin(s)).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        }
        return t.length() > 80 ? t.substring(0, 80).replaceAll("-+$", "") : t;
    }
}
