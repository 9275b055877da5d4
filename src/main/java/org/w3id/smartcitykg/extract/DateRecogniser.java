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
import java.util.regex.Matcher;
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

    private static final String DAY = "(\\d{1,2})(?:\\.|st|nd|rd|th|-?го|-?ти|-?ви|-?ри|º|ª)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?:(\\d{1,2})\\.?\\s?[-–]\\s?)?(\\d{1,2})[./](\\d{1,2})[./]\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    private final Map<String, Month> months;
    private final Pattern textual;
    private final Pattern monthFirst;

    /**
     * @param locale the document's language
     * @param conjunctions words joining two days ("i", "și", "и", "and"), from the lexicon
     */
    public DateRecogniser(Locale locale, Set<String> conjunctions) {
        this.months = monthNames(locale);
        String monthAlt = alternation(months.keySet());
        String conj = alternation(withDefaults(conjunctions));
        String days = DAY + "(?:\\s*(?:,|[-–—]|/|(?:" + conj + "))\\s*" + DAY + ")?";
        String dayRangeAcrossMonths = "(?:" + DAY + "\\s+(" + monthAlt + ")\\.?\\s*[-–—]\\s*)?";
        this.textual = Pattern.compile("(?<![\\p{L}\\d])" + dayRangeAcrossMonths + days + "\\s+(?:de\\s+|of\\s+)?("
                + monthAlt + ")\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "(?!\\d))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.monthFirst = Pattern.compile("(?<![\\p{L}])(" + monthAlt + ")\\.?\\s+" + DAY
                + "(?:\\s*[-–]\\s*" + DAY + ")?,?\\s+" + YEAR + "(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every date in {@code text}; {@code referenceYear} fills a missing year, if known. */
    public List<Found> find(String text, Optional<Integer> referenceYear) {
        List<Found> found = new ArrayList<>();
        findTextual(text, referenceYear, found);
        findMonthFirst(text, found);
        findNumeric(text, found);
        found.sort(Comparator.comparingInt(Found::begin));
        return removeOverlaps(found);
    }

    private void findTextual(String text, Optional<Integer> referenceYear, List<Found> out) {
        Matcher m = textual.matcher(text);
        while (m.find()) {
            Month month = months.get(fold(m.group(5)));
            Optional<Integer> year = m.group(6) != null ? Optional.of(Integer.parseInt(m.group(6))) : referenceYear;
            if (month == null || year.isEmpty()) {
                continue;
            }
            int lastDay = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(3));
            int firstDay = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(3));
            Month firstMonth = m.group(2) != null ? months.get(fold(m.group(2))) : month;
            date(year.get(), firstMonth, firstDay).ifPresent(start ->
                    date(year.get(), month, lastDay).filter(end -> !end.isBefore(start)).ifPresent(end ->
                            out.add(new Found(m.start(), m.end(), m.group(), start, end))));
        }
    }

    private void findMonthFirst(String text, List<Found> out) {
        Matcher m = monthFirst.matcher(text);
        while (m.find()) {
            Month month = months.get(fold(m.group(1)));
            int year = Integer.parseInt(m.group(4));
            int first = Integer.parseInt(m.group(2));
            int last = m.group(3) != null ? Integer.parseInt(m.group(3)) : first;
            date(year, month, first).ifPresent(start -> date(year, month, last)
                    .filter(end -> !end.isBefore(start))
                    .ifPresent(end -> out.add(new Found(m.start(), m.end(), m.group(), start, end))));
        }
    }

    private static void findNumeric(String text, List<Found> out) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
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
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
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

    private static Map<String, Month> monthNames(Locale locale) {
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
        if (n.length() >= 3 && !n.chars().allMatch(Character::isDigit)) {
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

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ş', 'ș').replace('ţ', 'ț');
    }
}
