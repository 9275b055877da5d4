package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences: at a line break that is not mere wrapping, or after . ! ? followed by white space and a
 * capital letter or a digit, unless the word before the stop is a short abbreviation ("dr.",
 * "inż.", "r.", "m.in.").
 */
public final class Sentences {
    private Sentences() {}

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = false;
            int next = i + 1;
            if (c == '\n') {
                boundary = lineEndsSentence(text, i);
            } else if ((c == '.' || c == '!' || c == '?') && next < n && Character.isWhitespace(text.charAt(next))) {
                int j = next;
                while (j < n && text.charAt(j) == ' ') {
                    j++;
                }
                boundary = j < n && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '\n'
                        || "„\"«".indexOf(text.charAt(j)) >= 0) && !(c == '.' && (isAbbreviation(text, i) || isOrdinal(text, i)));
            }
            if (boundary) {
                add(spans, text, start, next);
                start = next;
            }
        }
        add(spans, text, start, n);
        return spans;
    }

    /**
     * A line break ends a sentence unless the text was merely wrapped: the line before runs on
     * (no closing punctuation) and the next line goes on in lower case.
     */
    private static boolean lineEndsSentence(String text, int newline) {
        int before = newline;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int after = newline + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (before == 0 || after >= text.length() || text.charAt(after) == '\n') {
            return true;
        }
        char last = text.charAt(before - 1);
        char next = text.charAt(after);
        boolean runsOn = Character.isLetterOrDigit(last) || last == ',' || last == '-';
        return !(runsOn && Character.isLowerCase(next));
    }

    /**
     * "am 12. Mai", "11. října", "der 2. Workshop": a dot after a one- or two-digit number marks an
     * ordinal or a day of the month in most European languages, not the end of a sentence.
     */
    private static boolean isOrdinal(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isDigit(text.charAt(b - 1))) {
            b--;
        }
        int digits = dot - b;
        return digits >= 1 && digits <= 2 && (b == 0 || " (–-\u00A0".indexOf(text.charAt(b - 1)) >= 0);
    }

    private static boolean isAbbreviation(String text, int dot) {
        if (dot > 0 && text.charAt(dot - 1) == '.' && (dot < 2 || text.charAt(dot - 2) != '.')) {
            return false; // "d.o.o.." : the abbreviation's stop, then the sentence's
        }
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        int length = dot - b;
        // "dr." "inż." "r." "ul." "m.in." — short lower-case words, or single capitals (initials)
        return (length > 0 && length <= 3 && Character.isLowerCase(text.charAt(b)))
                || (length == 1 && Character.isUpperCase(text.charAt(b)))
                || (b > 0 && text.charAt(b - 1) == '.');
    }

    private static void add(List<Span> spans, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            spans.add(new Span(begin, end));
        }
    }
}
