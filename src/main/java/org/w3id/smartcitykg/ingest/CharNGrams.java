package org.w3id.smartcitykg.ingest;

import java.util.Arrays;
import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The features OpenNLP's language model reads: the distinct character 1- to 3-grams of the text,
 * normalised and lower-cased as {@code LanguageDetectorFactory} does. OpenNLP counts them in a
 * map keyed by one {@code CharBuffer} per n-gram, which cost more than the model itself; here an
 * n-gram is packed into a {@code long} (its length and up to three UTF-16 chars) and no object
 * is made for it.
 */
final class CharNGrams {
    static final int MAX_LENGTH = 3;
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    /** OpenNLP's Twitter normaliser is these four replacements, in this order. */
    private static final Pattern RETWEET = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
    private static final long EMPTY = 0;

    private CharNGrams() {}

    /** The text normalised and lower-cased: the chars whose n-grams are the features. */
    static char[] lowerCased(String text) {
        return lowerCase(normalised(text.toCharArray()));
    }

    /** An empty set for {@link #addIfAbsent}, of room for {@code items} at most half full. */
    static long[] newSet(int items) {
        return new long[Integer.highestOneBit(Math.max(4, items)) * 2];
    }

    static String normalise(String text) {
        return new String(normalised(text.toCharArray()));
    }

    /**
     * The text as the normalisers of OpenNLP's default language-detector factory leave it, applied
     * in its order. Each is a few regular-expression passes that copy the text, and together they
     * would cost more than scoring the n-grams; here each is a loop over the text's chars, or runs
     * only where a quick look finds what its expression needs (a "://" or an "@", an "rt").
     */
    static char[] normalised(char[] text) {
        char[] s = withoutEmoji(text);
        if (indexOf(s, ':', '/', '/') >= 0 || indexOf(s, '@') >= 0) {
            s = URL.normalize(new String(s)).toString().toCharArray();
        }
        return shrunk(withoutNumbers(withoutTwitterMarks(s)));
    }

    /**
     * OpenNLP's Twitter normaliser, its four replacements in its order: a hash tag or user name,
     * a retweet mark, a face, a laugh. The first and the third are simple enough to make by hand;
     * the other two run as OpenNLP's expressions, only where the text holds what they need.
     */
    static char[] withoutTwitterMarks(char[] text) {
        char[] s = withoutHashesOrUsers(text);
        if (mayHoldRetweet(s)) {
            s = RETWEET.matcher(new String(s)).replaceAll(" ").toCharArray();
        }
        s = withoutFaces(s);
        if (mayHoldLaugh(s)) {
            s = LAUGH.matcher(new String(s)).replaceAll("$1$2$1$2").toCharArray();
        }
        return s;
    }

    /** {@code [#@]\\S+} made one space: a '#' or '@' and the chars up to a white space after it. */
    static char[] withoutHashesOrUsers(char[] s) {
        char[] out = null;
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if ((c == '#' || c == '@') && i + 1 < s.length && !isRegexSpace(s[i + 1])) {
                if (out == null) {
                    out = Arrays.copyOf(s, s.length);
                    n = i;
                }
                while (i + 1 < s.length && !isRegexSpace(s[i + 1])) {
                    i++;
                }
                out[n++] = ' ';
            } else if (out != null) {
                out[n++] = c;
            }
        }
        return out == null ? s : Arrays.copyOf(out, n);
    }

    /**
     * {@code [:;x]-?[()dop]}, letters in either case, made one space. The expression takes the
     * hyphen when a bracket or letter of the face follows it, and else needs that char right
     * after the first, which a hyphen is not.
     */
    static char[] withoutFaces(char[] s) {
        char[] out = null;
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            int length = faceAt(s, i);
            if (length > 0) {
                if (out == null) {
                    out = Arrays.copyOf(s, s.length);
                    n = i;
                }
                out[n++] = ' ';
                i += length - 1;
            } else if (out != null) {
                out[n++] = s[i];
            }
        }
        return out == null ? s : Arrays.copyOf(out, n);
    }

    /** The length of the face at {@code i}, or 0. */
    private static int faceAt(char[] s, int i) {
        if (!isFaceStart(asciiLower(s[i]))) {
            return 0;
        }
        if (i + 2 < s.length && s[i + 1] == '-' && isFaceEnd(asciiLower(s[i + 2]))) {
            return 3;
        }
        return i + 1 < s.length && isFaceEnd(asciiLower(s[i + 1])) ? 2 : 0;
    }

    /** OpenNLP's number normaliser: each run of ASCII digits ({@code \\d+}) made one space. */
    static char[] withoutNumbers(char[] s) {
        char[] out = new char[s.length];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (!isAsciiDigit(c)) {
                out[n++] = c;
            } else if (i == 0 || !isAsciiDigit(s[i - 1])) {
                out[n++] = ' ';
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * OpenNLP's shrink normaliser: each run of two or more of {@code \\s} made one space, then
     * each char repeated three or more times ({@code (.)\\1{2,}}, ASCII letters in either case, no
     * line terminator) written twice as it first stands, then trimmed ({@code String.trim}).
     */
    static char[] shrunk(char[] s) {
        char[] spaced = new char[s.length];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (!isRegexSpace(c) || i + 1 >= s.length || !isRegexSpace(s[i + 1])) {
                spaced[n++] = c;
                continue;
            }
            while (i + 1 < s.length && isRegexSpace(s[i + 1])) {
                i++;
            }
            spaced[n++] = ' ';
        }
        char[] out = new char[n];
        int m = 0;
        for (int i = 0; i < n; ) {
            char c = spaced[i];
            int run = 1;
            while (!isLineTerminator(c) && i + run < n && asciiLower(spaced[i + run]) == asciiLower(c)) {
                run++;
            }
            out[m++] = c;
            if (run >= 3) {
                out[m++] = c;
                i += run;
            } else {
                i++;
            }
        }
        int from = 0;
        while (from < m && out[from] <= ' ') {
            from++;
        }
        while (m > from && out[m - 1] <= ' ') {
            m--;
        }
        return Arrays.copyOfRange(out, from, m);
    }

    /** {@code \\s} of a regular expression without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match without DOTALL or UNIX_LINES. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * OpenNLP's emoji normaliser, each run of the chars its expression {@code
     * [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+} matches made one space. Java's parser reads the
     * surrogate pair in its middle as one code point, so the class is U+D83C to U+10FC00, a
     * hyphen and U+DFFF: a regular expression would copy nearly every text, for its hyphens.
     */
    static char[] withoutEmoji(char[] s) {
        char[] out = new char[s.length];
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length; ) {
            int cp = Character.codePointAt(s, i);
            int chars = Character.charCount(cp);
            if (!isEmojiClass(cp)) {
                out[n++] = s[i];
                if (chars == 2) {
                    out[n++] = s[i + 1];
                }
                inRun = false;
            } else if (!inRun) {
                out[n++] = ' ';
                inRun = true;
            }
            i += chars;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isEmojiClass(int cp) {
        return cp == '-' || cp >= 0xD83C && cp <= 0x10FC00 || cp == 0xDFFF;
    }

    private static int indexOf(char[] s, char c) {
        for (int i = 0; i < s.length; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] s, char a, char b, char c) {
        for (int i = 0; i + 2 < s.length; i++) {
            if (s[i] == a && s[i + 1] == b && s[i + 2] == c) {
                return i;
            }
        }
        return -1;
    }

    /** "rt" in either case before a space or a colon, where no letter, digit or '_' stands before it (its {@code \\b}). */
    private static boolean mayHoldRetweet(char[] s) {
        for (int i = 0; i + 2 < s.length; i++) {
            if (asciiLower(s[i]) == 'r' && asciiLower(s[i + 1]) == 't' && (s[i + 2] == ' ' || s[i + 2] == ':')
                    && (i == 0 || !isWordBefore(s, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code \\b} surely counts the char before {@code i} as a word's: a letter, a digit
     * or '_'. A combining mark counts when a letter carries it; it is left for the expression.
     */
    private static boolean isWordBefore(char[] s, int i) {
        int cp = Character.codePointBefore(s, i);
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /**
     * A laugh as {@code ([hj])+([aieou])+(\\1+\\2+)+} needs it, letters in either case: 'h' or
     * 'j', vowels, the same 'h' or 'j' again right after them, and after those the last vowel.
     * Captured groups hold their last repetition, and the vowels cannot stop short of their run,
     * since the 'h' or 'j' must follow them.
     */
    private static boolean mayHoldLaugh(char[] s) {
        for (int i = 0; i + 3 < s.length; i++) {
            char h = asciiLower(s[i]);
            if (h == 'h' || h == 'j') {
                int k = i + 1;
                while (k < s.length && isVowel(asciiLower(s[k]))) {
                    k++;
                }
                if (k == i + 1 || k >= s.length || asciiLower(s[k]) != h) {
                    continue;
                }
                char vowel = asciiLower(s[k - 1]);
                while (k < s.length && asciiLower(s[k]) == h) {
                    k++;
                }
                if (k < s.length && asciiLower(s[k]) == vowel) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFaceStart(char c) {
        return c == ':' || c == ';' || c == 'x';
    }

    private static boolean isFaceEnd(char c) {
        return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p';
    }

    private static boolean isVowel(char c) {
        return "aieou".indexOf(c) >= 0;
    }

    static boolean addIfAbsent(long[] set, long gram) {
        int mask = set.length - 1;
        for (int slot = slot(gram, mask); ; slot = (slot + 1) & mask) {
            if (set[slot] == gram) {
                return false;
            }
            if (set[slot] == EMPTY) {
                set[slot] = gram;
                return true;
            }
        }
    }

    /** A well-spread table slot for a packed n-gram, shared with the model's table. */
    static int slot(long gram, int mask) {
        long h = gram * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** Length in bits 48-49, then the chars, first one highest: never 0, which marks an empty slot. */
    static long pack(char[] chars, int from, int length) {
        long packed = (long) length << 48;
        for (int k = 0; k < length; k++) {
            packed |= (long) chars[from + k] << (16 * (MAX_LENGTH - 1 - k));
        }
        return packed;
    }

    static long pack(String gram) {
        return pack(gram.toCharArray(), 0, gram.length());
    }

    /** Code point by code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: no locale rules. */
    private static char[] lowerCase(char[] s) {
        char[] out = new char[s.length];
        int n = 0;
        for (int i = 0; i < s.length; ) {
            char c = s[i];
            if (c < 0x80) {
                // ASCII, most chars of most texts: its lower case needs no table.
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            n += Character.toChars(Character.toLowerCase(cp), out, n);
        }
        return out;
    }
}
