package org.w3id.smartcitykg.extract;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Days, lists of days and ranges, written with month names in the document's language (the JDK's
 * CLDR data supplies nominative, genitive and abbreviated forms) or numerically. A date without a
 * year takes the year of the document's own date; with no such date it is left out, not guessed.
 */
public final class DateRecogniser {
    static final String RULE = "date";

    /** A date or a range of dates found in a text. */
    public record Found(int begin, int end, String text, LocalDate start, LocalDate endDate) {}

    private static final String YEAR = "((?:19|20)\\d{2})";
    /** A day and what may stick to it: "14.", "12-én", "1st", "3-ти", "17 d." (Lithuanian). */
    private static final String SUFFIX = "(?:\\.|st|nd|rd|th|º|ª|[-‐]?\\p{L}{1,3}\\.?)?(?:\\s+d\\.)?";
    /** A year before the day or month: "2024.", "2024 m.", "2024. gada", "2024 г.". */
    private static final String YEAR_FIRST = "(?:((?:19|20)\\d{2})\\.?\\s*(?:m\\.|gada|г\\.|год(?:ина|а)?)?\\s+)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?:(\\d{1,2})\\.?\\s?[-–]\\s?)?(\\d{1,2})[./]\\s?(\\d{1,2})[./]\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    private final Map<String, Month> months;
    private final Map<String, Month> stems;
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    /**
     * The first three chars of the month names and stems, none shorter, case-folded as the
     * patterns compare them: a word that starts otherwise starts no month. Two chars let most
     * words of some languages through ("ma", "ju", "de"), and each cost a try of the pattern.
     */
    private final Openings monthOpenings;
    /** The first chars of those, to pass over most words without building a string. */
    private final String monthInitials;

    /**
     * @param locale the document's language
     * @param conjunctions words joining two days ("i", "și", "и", "and", "do", "iki"), from the lexicon
     */
    public DateRecogniser(Locale locale, Set<String> conjunctions) {
        this.months = monthNames(locale);
        this.stems = stems(months);
        String month = "(" + alternation(months.keySet()) + "|(?:" + alternation(stems.keySet()) + ")\\p{L}{0,4})";
        String conj = alternation(withDefaults(conjunctions));
        // Between two days: a comma, a dash, a slash or a conjunction, and perhaps a glued article ("u t-13").
        String sep = "\\s*(?:,|[-–—]|/|(?:" + conj + "))\\s*(?:\\p{L}{1,3}-)?";
        String days = "(\\d{1,2})(?!\\d)" + SUFFIX + "(?:" + sep + "(\\d{1,2})(?!\\d)" + SUFFIX + ")?";
        String of = "(?:\\s+(?:de|del|of|ta['’]))?";
        String crossMonth = "(?:(\\d{1,2})\\.?\\s+" + month + "\\.?\\s*[-–—]\\s*)?";
        this.dayFirst = Pattern.compile("(?<![\\p{L}\\d])" + YEAR_FIRST + crossMonth + days + of + "\\s+" + month
                + "\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "(?!\\d))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.monthFirst = Pattern.compile("(?<![\\p{L}\\d])" + YEAR_FIRST + month + "\\.?\\s+" + days
                + "(?:,?\\s+" + YEAR + "(?!\\d))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> names = new ArrayList<>(months.keySet());
        names.addAll(stems.keySet());
        this.monthOpenings = Openings.of(names, CharClasses::caseless);
        this.monthInitials = monthOpenings.initials();
    }

    /** Every date in {@code text}; {@code referenceYear} fills a missing year, if known. */
    public List<Found> find(String text, Optional<Integer> referenceYear) {
        List<Found> found = new ArrayList<>();
        int[] starts = starts(text);
        findDayFirst(text, starts, referenceYear, found);
        findMonthFirst(text, starts, referenceYear, found);
        findNumeric(text, starts, found);
        found.sort(Comparator.comparingInt(Found::begin));
        return removeOverlaps(found);
    }

    // dayFirst groups: 1 year-first, 2 cross-month first day, 3 its month, 4 day, 5 second day, 6 month, 7 year
    private void findDayFirst(String text, int[] starts, Optional<Integer> referenceYear, List<Found> out) {
        // Every reading starts with a day or a year.
        for (MatchResult m : StartFilteredMatcher.findAll(dayFirst, text, starts,
                i -> isDigit(text.charAt(i)) && startsToken(text, i))) {
            Month month = month(m.group(6));
            Optional<Integer> year = year(m.group(7), m.group(1), referenceYear);
            if (month == null || year.isEmpty()) {
                continue;
            }
            int lastDay = Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(4));
            int firstDay = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(4));
            Month firstMonth = m.group(2) != null ? month(m.group(3)) : month;
            if (firstMonth == null) {
                continue;
            }
            add(out, m, year.get(), firstMonth, firstDay, month, lastDay);
        }
    }

    // monthFirst groups: 1 year-first, 2 month, 3 day, 4 second day, 5 year
    private void findMonthFirst(String text, int[] starts, Optional<Integer> referenceYear, List<Found> out) {
        for (MatchResult m : StartFilteredMatcher.findAll(monthFirst, text, starts, i -> mayOpenMonthFirst(text, i))) {
            Month month = month(m.group(2));
            boolean explicitYear = m.group(5) != null || m.group(1) != null;
            // "May 12" with no year anywhere near is too weak a reading of "month number".
            Optional<Integer> year = year(m.group(5), m.group(1), explicitYear ? Optional.empty() : referenceYear);
            if (month == null || year.isEmpty()) {
                continue;
            }
            int first = Integer.parseInt(m.group(3));
            int last = m.group(4) != null ? Integer.parseInt(m.group(4)) : first;
            add(out, m, year.get(), month, first, month, last);
        }
    }

    private static void add(List<Found> out, MatchResult m, int year, Month firstMonth, int firstDay, Month lastMonth,
                            int lastDay) {
        date(year, firstMonth, firstDay).ifPresent(start -> date(year, lastMonth, lastDay)
                .filter(end -> !end.isBefore(start))
                .ifPresent(end -> out.add(new Found(m.start(), m.end(), m.group().strip(), start, end))));
    }

    private static Optional<Integer> year(String after, String before, Optional<Integer> reference) {
        if (after != null) {
            return Optional.of(Integer.parseInt(after));
        }
        return before != null ? Optional.of(Integer.parseInt(before)) : reference;
    }

    /** A month by its exact CLDR name, else by the stem of one ("maijā", "mail", "јуна"). */
    private Month month(String token) {
        String t = fold(token.replace(".", ""));
        Month exact = months.get(t);
        if (exact != null) {
            return exact;
        }
        Month best = null;
        int bestLength = 0;
        for (Map.Entry<String, Month> e : stems.entrySet()) {
            if (t.startsWith(e.getKey()) && e.getKey().length() > bestLength && t.length() <= e.getKey().length() + 4) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return best;
    }

    /** Case endings the JDK does not list: each full month name less its last two letters. */
    private static Map<String, Month> stems(Map<String, Month> names) {
        Map<String, Month> stems = new HashMap<>();
        names.forEach((name, month) -> {
            if (name.length() >= OPENING && name.chars().allMatch(Character::isLetter)) {
                String stem = name.length() <= 4 ? name : name.substring(0, name.length() - 2);
                stems.merge(stem, month, (a, b) -> a == b ? a : null);
            }
        });
        stems.values().removeIf(java.util.Objects::isNull);
        return stems;
    }

    private static void findNumeric(String text, int[] starts, List<Found> out) {
        // Each pattern's look-behind, asked before the pattern is tried: most digits follow one.
        for (MatchResult m : StartFilteredMatcher.findAll(NUMERIC, text, starts,
                i -> (i == 0 || !isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.') && mayOpenNumeric(text, i))) {
            int year = Integer.parseInt(m.group(4));
            int month = Integer.parseInt(m.group(3));
            int last = Integer.parseInt(m.group(2));
            int first = m.group(1) != null ? Integer.parseInt(m.group(1)) : last;
            if (month < 1 || month > 12) {
                continue;
            }
            date(year, Month.of(month), first).ifPresent(start -> date(year, Month.of(month), last)
                    .filter(end -> !end.isBefore(start))
                    .ifPresent(end -> out.add(new Found(m.start(), m.end(), m.group(), start, end))));
        }
        for (MatchResult iso : StartFilteredMatcher.findAll(ISO, text, starts,
                i -> (i == 0 || !isDigit(text.charAt(i - 1))) && isYearAt(text, i)
                        && i + YEAR_DIGITS < text.length() && text.charAt(i + YEAR_DIGITS) == '-')) {
            int month = Integer.parseInt(iso.group(2));
            if (month >= 1 && month <= 12) {
                date(Integer.parseInt(iso.group(1)), Month.of(month), Integer.parseInt(iso.group(3)))
                        .ifPresent(d -> out.add(new Found(iso.start(), iso.end(), iso.group(), d, d)));
            }
        }
    }

    private static List<Found> removeOverlaps(List<Found> sorted) {
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            Found last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && f.begin() < last.end()) {
                if (f.end() - f.begin() > last.end() - last.begin()) {
                    kept.set(kept.size() - 1, f);
                }
            } else {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Optional<LocalDate> date(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Regional or script variants whose month names news in the language also uses. */
    private static final Map<String, List<String>> VARIANTS = Map.of(
            "sr", List.of("sr-Latn", "sr-Cyrl"), "de", List.of("de-AT"), "bs", List.of("bs-Cyrl"),
            "pt", List.of("pt-PT"), "nb", List.of("nn"), "no", List.of("nb", "nn"));

    private static Map<String, Month> monthNames(Locale locale) {
        Map<String, Month> names = monthNamesOf(locale);
        for (String variant : VARIANTS.getOrDefault(locale.getLanguage(), List.of())) {
            monthNamesOf(Locale.forLanguageTag(variant)).forEach(names::putIfAbsent);
        }
        return names;
    }

    private static Map<String, Month> monthNamesOf(Locale locale) {
        Map<String, Month> names = new HashMap<>();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (Month month : Month.values()) {
            int i = month.getValue() - 1;
            add(names, symbols.getMonths()[i], month);
            add(names, symbols.getShortMonths()[i], month);
            for (TextStyle style : TextStyle.values()) {
                add(names, month.getDisplayName(style, locale), month);
            }
            add(names, DateTimeFormatter.ofPattern("d MMMM", locale).format(LocalDate.of(2001, month, 1))
                    .replaceFirst("^1\\.?\\s*", ""), month);
        }
        return names;
    }

    private static void add(Map<String, Month> names, String name, Month month) {
        String n = fold(name.replace(".", "").strip());
        // Single letters ("M" for March) and bare numbers would match everywhere.
        if (n.length() >= OPENING && !n.chars().allMatch(Character::isDigit)) {
            names.putIfAbsent(n, month);
        }
    }

    private static Set<String> withDefaults(Set<String> conjunctions) {
        Set<String> all = new LinkedHashSet<>(conjunctions);
        all.add("&");
        return all;
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(w));
        }
        return b.length() == 0 ? "(?!)" : b.toString();
    }

    /**
     * Where any of the patterns can start, in one pass: the first digit of a run of digits (each
     * pattern's day, year or number), and a token that opens as a month name does. Every
     * pattern's own test holds only at these.
     */
    private int[] starts(String text) {
        int[] starts = new int[64];
        int count = 0;
        boolean afterWord = false;
        boolean afterDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = isDigit(c);
            if (digit ? !afterDigit : !afterWord && opensMonth(text, i)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            afterDigit = digit;
            afterWord = digit || CharClasses.isLetter(c);
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** What the patterns' look-behind {@code (?<![\\p{L}\\d])} lets start: nothing tried mid-word. */
    private static boolean startsToken(String text, int i) {
        return i == 0 || !(Character.isLetter(text.charAt(i - 1)) || isDigit(text.charAt(i - 1)));
    }

    /**
     * Where {@link #monthFirst} can start: at a word that opens a month name, or at a year that a
     * month's opening follows, past a dot, white space and a word such as "m." or "gada". A number
     * that is no year, most numbers of a text, starts nothing.
     */
    private boolean mayOpenMonthFirst(String text, int i) {
        if (!startsToken(text, i)) {
            return false;
        }
        if (!isDigit(text.charAt(i))) {
            return opensMonth(text, i);
        }
        if (!isYearAt(text, i)) {
            return false;
        }
        int j = skipWhiteSpace(text, i + YEAR_DIGITS < text.length() && text.charAt(i + YEAR_DIGITS) == '.'
                ? i + YEAR_DIGITS + 1 : i + YEAR_DIGITS);
        if (j < text.length() && opensMonth(text, j)) {
            return true;
        }
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        j = skipWhiteSpace(text, j);
        return j < text.length() && opensMonth(text, j);
    }

    private static final int YEAR_DIGITS = 4;

    /** "19" or "20" and two more digits, as {@link #YEAR} reads a year. */
    private static boolean isYearAt(String text, int i) {
        if (i + YEAR_DIGITS > text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        return (c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3));
    }

    /**
     * Where {@link #NUMERIC} can start: one or two digits, not three, then a dot, a slash or a
     * dash, or one white-space char and a dash.
     */
    private static boolean mayOpenNumeric(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 3 && isDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 2 || j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        if (c == '.' || c == '/' || c == '-' || c == '–') {
            return true;
        }
        return Character.isWhitespace(c) && j + 1 < text.length() && (text.charAt(j + 1) == '-' || text.charAt(j + 1) == '–');
    }

    private static int skipWhiteSpace(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** {@code \\d} without Unicode classes. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A char as a case-insensitive Unicode pattern compares it. */
    private boolean opensMonth(String text, int i) {
        return monthInitials.indexOf(CharClasses.caseless(text.charAt(i))) >= 0 && monthOpenings.opens(text, i);
    }

    /** How many chars of a month name or stem {@link #monthOpenings} keeps: every name and stem has as many. */
    private static final int OPENING = Openings.LENGTH;


    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ş', 'ș').replace('ţ', 'ț');
    }
}
