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
    private static final Pattern HASH_OR_USER = Pattern.compile("[#@]\\S+");
    private static final Pattern RETWEET = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACE = Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
    private static final long EMPTY = 0;

    private CharNGrams() {}

    /** The distinct n-grams, packed, shortest first and in the order they first occur. */
    static long[] distinct(CharSequence text) {
        char[] lower = lowerCase(normalise(text));
        long[] seen = new long[Integer.highestOneBit(Math.max(4, lower.length * MAX_LENGTH)) * 2];
        long[] grams = new long[lower.length * MAX_LENGTH];
        int count = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= lower.length; i++) {
                long gram = pack(lower, i, length);
                if (addIfAbsent(seen, gram)) {
                    grams[count++] = gram;
                }
            }
        }
        return Arrays.copyOf(grams, count);
    }

    /**
     * The text as the normalisers of OpenNLP's default language-detector factory leave it, applied
     * in its order. Each is a few regular-expression passes that copy the text, and together they
     * cost more than scoring the n-grams, so each runs only where a quick look finds what its
     * expressions need (a surrogate, a "://" or an "@", a digit, ...); where it finds nothing, the
     * normaliser would have changed nothing.
     */
    static CharSequence normalise(CharSequence text) {
        CharSequence s = withoutEmoji(text);
        if (contains(s, "://") || contains(s, "@")) {
            s = URL.normalize(s);
        }
        return shrunk(withoutNumbers(withoutTwitterMarks(s)));
    }

    /**
     * OpenNLP's Twitter normaliser: its four replacements, each made only where the text holds
     * what its expression needs. Most texts hold one of them somewhere ("rt " ends a word, "xp"
     * is in "expert"), so looking for all four at once would run all four almost always.
     */
    static CharSequence withoutTwitterMarks(CharSequence text) {
        CharSequence s = text;
        if (mayHoldHashOrUser(s)) {
            s = HASH_OR_USER.matcher(s).replaceAll(" ");
        }
        if (mayHoldRetweet(s)) {
            s = RETWEET.matcher(s).replaceAll(" ");
        }
        if (mayHoldFace(s)) {
            s = FACE.matcher(s).replaceAll(" ");
        }
        if (mayHoldLaugh(s)) {
            s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
        }
        return s;
    }

    /** OpenNLP's number normaliser: each run of ASCII digits ({@code \\d+}) made one space. */
    static CharSequence withoutNumbers(CharSequence s) {
        if (!hasCharIn(s, '0', '9')) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiDigit(c)) {
                out.append(c);
            } else if (i == 0 || !isAsciiDigit(s.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * OpenNLP's shrink normaliser: each run of two or more of {@code \\s} made one space, then
     * each char repeated three or more times ({@code (.)\\1{2,}}, ASCII letters in either case, no
     * line terminator) written twice as it first stands, then trimmed.
     */
    static String shrunk(CharSequence s) {
        // Into char arrays, not StringBuilders: this runs over every char of every sample.
        char[] spaced = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c) || i + 1 >= s.length() || !isRegexSpace(s.charAt(i + 1))) {
                spaced[n++] = c;
                continue;
            }
            while (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
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
        return new String(out, 0, m).trim();
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
    static CharSequence withoutEmoji(CharSequence s) {
        int first = 0;
        while (first < s.length() && !isEmojiClass(Character.codePointAt(s, first))) {
            first += Character.charCount(Character.codePointAt(s, first));
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        boolean inRun = false;
        for (int i = first; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (!isEmojiClass(cp)) {
                out.appendCodePoint(cp);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    private static boolean isEmojiClass(int cp) {
        return cp == '-' || cp >= 0xD83C && cp <= 0x10FC00 || cp == 0xDFFF;
    }

    private static boolean hasCharIn(CharSequence s, char from, char to) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(CharSequence s, String part) {
        return s.toString().contains(part);
    }

    /** A '#' or '@' with a char other than a regular expression's white space after it. */
    private static boolean mayHoldHashOrUser(CharSequence s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '#' || c == '@') && !isRegexSpace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "rt" in either case before a space or a colon, where no letter, digit or '_' stands before it (its {@code \\b}). */
    private static boolean mayHoldRetweet(CharSequence s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            if (asciiLower(s.charAt(i)) == 'r' && asciiLower(s.charAt(i + 1)) == 't'
                    && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')
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
    private static boolean isWordBefore(CharSequence s, int i) {
        int cp = Character.codePointBefore(s, i);
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /** A face: ':', ';' or 'x', perhaps a '-', then a bracket, 'd', 'o' or 'p', letters in either case. */
    private static boolean mayHoldFace(CharSequence s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isFaceStart(asciiLower(s.charAt(i))) && (isFaceEnd(asciiLower(s.charAt(i + 1)))
                    || s.charAt(i + 1) == '-' && i + 2 < s.length() && isFaceEnd(asciiLower(s.charAt(i + 2))))) {
                return true;
            }
        }
        return false;
    }

    /** A laugh: 'h' or 'j', vowels, and the same 'h' or 'j' again right after them, letters in either case. */
    private static boolean mayHoldLaugh(CharSequence s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char h = asciiLower(s.charAt(i));
            if (h == 'h' || h == 'j') {
                int k = i + 1;
                while (k < s.length() && isVowel(asciiLower(s.charAt(k)))) {
                    k++;
                }
                if (k > i + 1 && k < s.length() && asciiLower(s.charAt(k)) == h) {
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

    private static boolean addIfAbsent(long[] set, long gram) {
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
    private static char[] lowerCase(CharSequence s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
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
