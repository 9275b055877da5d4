package org.w3id.smartcitykg.extract;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Month and weekday names of a language (CLDR): words that are never the place of the same name. */
final class CalendarWords {
    private static final Map<String, Set<String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CalendarWords() {}

    static boolean isCalendarWord(String word, String language) {
        Set<String> words = BY_LANGUAGE.computeIfAbsent(language, CalendarWords::load);
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String language) {
        Set<String> words = new HashSet<>();
        for (Locale locale : new Locale[] {Locale.forLanguageTag(language), Locale.ENGLISH}) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (String[] names : new String[][] {symbols.getMonths(), symbols.getWeekdays()}) {
                for (String n : names) {
                    if (!n.isEmpty()) {
                        words.add(n.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(words);
    }
}
