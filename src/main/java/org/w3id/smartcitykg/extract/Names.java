package org.w3id.smartcitykg.extract;

/** Reading capitalised names out of running text. */
final class Names {
    private Names() {}

    static boolean startsUpper(String text, int offset) {
        if (offset >= text.length()) {
            return false;
        }
        char c = text.charAt(offset);
        if (!Character.isSurrogate(c)) {
            return CharClasses.isUpperOrTitleCase(c);
        }
        int cp = text.codePointAt(offset);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** End of the word that starts at {@code offset} (letters, digits, hyphens, apostrophes, dots inside). */
    static int wordEnd(String text, int offset) {
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (CharClasses.isLetterOrDigit(c) || c == '+' && i == offset) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && i + 1 < text.length()
                    && CharClasses.isLetterOrDigit(text.charAt(i + 1)) && i > offset) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The first offset in [from, limit) holding one of {@code chars}, or -1. */
    static int indexOfAny(String text, String chars, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Not a quotation at the offset. */
    static final int NOT_QUOTED = 0;
    /** An opening quotation mark with no closing one before the limit. */
    static final int UNCLOSED = -1;

    /**
     * A quotation starting at {@code at}: the offset after its closing mark, or {@link #NOT_QUOTED},
     * or {@link #UNCLOSED}.
     */
    static int quotedEnd(String text, int at, int limit) {
        if ("„\"«“".indexOf(text.charAt(at)) < 0) {
            return NOT_QUOTED;
        }
        int close = indexOfAny(text, "”\"»“", at + 1, limit);
        return close < 0 ? UNCLOSED : close + 1;
    }

    /** Whether a phrase stops before the word from {@code next} to {@code wordEnd}. */
    interface PhraseStop {
        boolean before(int next, int wordEnd);
    }

    /**
     * The end of a phrase that runs word by word from {@code from}: a quotation counts as one
     * word, an abbreviation keeps its full stop, and punctuation, an unclosed quotation, the sentence's end, {@code maxWords} or the
     * caller's own stop rule end it.
     */
    static int phraseEnd(TextContext ctx, Span sentence, int from, int maxWords, PhraseStop stop) {
        int end = from;
        int i = from;
        for (int words = 0; words < maxWords && i < sentence.end(); words++) {
            int next = skipSpaces(ctx.text, i);
            if (next >= sentence.end()) {
                break;
            }
            int quoted = quotedEnd(ctx.text, next, sentence.end());
            if (quoted == UNCLOSED) {
                break;
            }
            if (quoted != NOT_QUOTED) {
                end = quoted;
                i = end;
                continue;
            }
            int we = wordEnd(ctx.text, next);
            if (we == next || stop.before(next, we)) {
                break;
            }
            end = abbreviationDot(ctx.text, next, we, sentence) ? we + 1 : we;
            i = end;
        }
        return end;
    }

    /** The longest lower-case abbreviation that a capitalised word may follow in a phrase ("ds.", "ul.", "nr."). */
    private static final int SHORT_ABBREVIATION = 3;

    /**
     * Whether the full stop at {@code at}, after the word from {@code word}, closes an
     * abbreviation inside the phrase: the sentence goes on after it (the splitter, which knows
     * abbreviations, did not end it there), and the next word is in lower case ("S.p.A. e
     * responsabile") or the abbreviation is a short lower-case one ("ds. Nauki"). After "S.A." a
     * capital may begin the next name.
     */
    private static boolean abbreviationDot(String text, int word, int at, Span sentence) {
        if (at + 2 >= sentence.end() || text.charAt(at) != '.' || text.charAt(at + 1) != ' '
                || !CharClasses.isLetterOrDigit(text.charAt(at + 2))) {
            return false;
        }
        return Character.isLowerCase(text.charAt(at + 2))
                || at - word <= SHORT_ABBREVIATION && text.substring(word, at).chars().allMatch(Character::isLowerCase);
    }

    /** Whether the word just before {@code offset} belongs to the lexicon category ("w", "din", "în"). */
    static boolean precededBy(TextContext ctx, int offset, String category) {
        int b = previousWordStart(ctx.text, offset);
        int j = b;
        while (j >= 0 && j < offset && Character.isLetter(ctx.text.charAt(j))) {
            j++;
        }
        return b >= 0 && ctx.lexicon.lookup(category, ctx.text, b, j).isPresent();
    }

    /** Where the word of letters before {@code offset} (across spaces) begins, or -1 if none. */
    static int previousWordStart(String text, int offset) {
        int j = skipSpacesBack(text, offset);
        int b = j;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < j ? b : -1;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }

    static int skipSpaces(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** Where the spaces just before {@code offset} begin: {@code offset} itself if none. */
    static int skipSpacesBack(String text, int offset) {
        int j = offset;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        return j;
    }

    /** Whether the word at {@code offset} is the first of its sentence. */
    static boolean sentenceInitial(TextContext ctx, int offset) {
        Span s = ctx.sentenceAt(offset);
        int i = s.begin();
        while (i < offset && !Character.isLetterOrDigit(ctx.text.charAt(i))) {
            i++;
        }
        return i == offset;
    }

    /** A run of capitalised words starting at {@code offset}; returns its end, or offset if none. */
    static int capitalisedRun(String text, int offset, int maxWords) {
        int end = offset;
        int i = offset;
        for (int w = 0; w < maxWords; w++) {
            if (!startsUpper(text, i)) {
                break;
            }
            int we = wordEnd(text, i);
            if (we == i) {
                break;
            }
            end = we;
            i = skipSpaces(text, we);
        }
        return end;
    }
}
