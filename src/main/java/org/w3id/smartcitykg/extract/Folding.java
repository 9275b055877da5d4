package org.w3id.smartcitykg.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One way to compare names: lower case, no diacritics, Romanian cedillas as commas, ł as l.
 * Extraction compares names this way and linking keys them by it, so it lives in the lower stage.
 */
public final class Folding {
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Folding() {}

    /** Each char of the scripts news is written in, folded on its own: the same as in any word. */
    private static final CharTable FOLDED = new CharTable();

    public static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT).strip();
        }
        String byTable = FOLDED.fold(s);
        return byTable != null ? byTable : foldByUnicode(s);
    }

    /**
     * {@code fold(text.substring(begin, end))} cut to its first {@code limit} chars (all, if it has
     * fewer), as {@link String#hashCode} hashes it: for a word without white space, summed char by
     * char from the table when each of its chars is there, without the copies; else from them.
     */
    public static int foldedPrefixHash(String text, int begin, int end, int limit) {
        int h = 0;
        int n = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                if (n++ < limit) {
                    h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                }
                continue;
            }
            String f = c < 0x80 ? null : FOLDED.of(c);
            if (f == null) {
                String folded = fold(text.substring(begin, end));
                return folded.substring(0, Math.min(limit, folded.length())).hashCode();
            }
            for (int k = 0; k < f.length(); k++) {
                if (n++ < limit) {
                    h = 31 * h + f.charAt(k);
                }
            }
        }
        return h;
    }

    /** The definition of folding, for any text; {@link CharTable} gives the same result faster where it can. */
    static String foldByUnicode(String s) {
        String t = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss");
        t = withoutMarks(Normalizer.normalize(t, Normalizer.Form.NFD));
        return singleSpaced(t.toLowerCase(Locale.ROOT)).strip();
    }

    /**
     * The folded form of each char of the Latin, Greek and Cyrillic blocks, where folding a text
     * char by char gives what folding it whole gives: decomposition and case mapping act on each
     * char alone there, except the Greek capital sigma, whose lower case depends on its place in
     * the word, and white space, which is collapsed.
     */
    private static final class CharTable {
        private static final char FIRST = 0x80;
        private static final char LAST = 0x1EFF;
        private final String[] folded = new String[LAST - FIRST + 1];

        CharTable() {
            for (char c = FIRST; c <= LAST; c++) {
                String f = foldByUnicode(String.valueOf(c));
                boolean alone = isMark(c) ? f.isEmpty() : !f.isEmpty() && f.chars().noneMatch(Character::isWhitespace);
                if (c != 'Σ' && !isSpace(c) && alone) {
                    folded[c - FIRST] = f;
                }
            }
        }

        /** The folded form of one char, or null if it is not in the table. */
        String of(char c) {
            return c >= FIRST && c <= LAST ? folded[c - FIRST] : null;
        }

        /** The folded text, or null where a char is not in the table. */
        String fold(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                } else if (c < FIRST) {
                    b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                } else if (c <= LAST && folded[c - FIRST] != null) {
                    b.append(folded[c - FIRST]);
                } else {
                    return null;
                }
            }
            return b.toString().strip();
        }
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

    /** The text without combining marks (what {@code \p{M}} matches): the accents NFD splits off. */
    static String withoutMarks(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (isMark(cp)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Runs of ASCII white space and no-break spaces as one space. */
    private static String singleSpaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (!space) {
                b.append(c);
            } else if (!inSpace) {
                b.append(' ');
            }
            inSpace = space;
        }
        return b.toString();
    }

    /** What folding collapses: ASCII white space ({@code \s}) and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** Whether {@code word} starts with {@code prefix}, case and diacritics folded. */
    public static boolean startsWithFolded(String word, String prefix) {
        return fold(word).startsWith(fold(prefix));
    }

    /** A readable, stable IRI segment: ASCII letters, digits and hyphens. */
    public static String slug(String s) {
        String t = slugOfFolded(fold(s));
        if (t.isEmpty()) {
            // Cyrillic or Greek names fold to nothing in ASCII: keep their code points readable.
            String latin = Transliteration.toLatin(s);
            t = latin.isBlank() ? Integer.toHexString(s.hashCode()) : slugOfFolded(fold(latin));
        }
        return t.length() > 80 ? TRAILING_HYPHENS.matcher(t.substring(0, 80)).replaceAll("") : t;
    }

    private static String slugOfFolded(String folded) {
        return EDGE_HYPHENS.matcher(NOT_SLUG.matcher(folded).replaceAll("-")).replaceAll("");
    }
}
