package org.w3id.smartcitykg.corpus;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a language writes what is not a name: dates and spans of dates, "in CITY", lists, sums of
 * money and countries. The words come from the language's resource ({@code [style]},
 * {@code [dates]}, {@code [when.single]}, {@code [when.multi]}); month and country names from the
 * JDK's CLDR data, the same the extractor reads dates with.
 */
final class LanguageStyle {
    private final Locale locale;
    private final String countryCode;
    private final Map<String, String> style = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();
    private final List<String> whenSingle;
    private final List<String> whenMulti;
    private final DateTimeFormatter month;
    private final Optional<PolishLocatives> polish;

    LanguageStyle(TemplateBook book) {
        book.pairs("style").forEach(p -> style.put(p.first(), p.second()));
        book.pairs("dates").forEach(p -> dates.put(p.first(), p.second()));
        this.locale = Locale.forLanguageTag(book.language());
        this.countryCode = required("country");
        this.whenSingle = book.lines("when.single");
        this.whenMulti = book.lines("when.multi");
        this.month = DateTimeFormatter.ofPattern("MMMM", locale);
        this.polish = book.language().equals("pl") ? Optional.of(new PolishLocatives()) : Optional.empty();
    }

    private String required(String key) {
        String value = style.get(key);
        if (value == null) {
            throw new IllegalStateException("[style] has no " + key);
        }
        return value;
    }

    Locale locale() {
        return locale;
    }

    /** Joins two consonants in a made-up compound: Latin "o" or Cyrillic "о". */
    String linkingVowel() {
        return required("link.vowel");
    }

    /** The country whose places a document of this language is mostly about. */
    String countryCode() {
        return countryCode;
    }

    /** "w Rzeszowie", "la Brașov", "във Враца"; empty where Polish has no confirmed locative. */
    Optional<String> cityIn(City city) {
        if (polish.isPresent()) {
            return polish.get().in(city.name());
        }
        String alternativeInitials = style.getOrDefault("city.in.alt.initials", "");
        String pattern = alternativeInitials.indexOf(city.name().charAt(0)) >= 0
                ? required("city.in.alt") : required("city.in");
        return Optional.of(pattern.replace("{city}", city.name()));
    }

    /** "in CITY" always: the style's roundabout form ("w miejscowości X") where there is no locative. */
    String cityInAnyway(City city) {
        return cityIn(city).orElseGet(() -> required("city.in.fallback").replace("{city}", city.name()));
    }

    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + required("and") + " "
                + items.get(items.size() - 1);
    }

    String country(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    String amount(long euros) {
        return NumberFormat.getIntegerInstance(locale).format(euros);
    }

    String date(LocalDate day) {
        return dates.get("single").replace("{d}", String.valueOf(day.getDayOfMonth()))
                .replace("{month}", month.format(day)).replace("{year}", String.valueOf(day.getYear()));
    }

    /** A day or a span as the text writes it: "14 marca 2024 r.", "14–16 marca 2024 r.", "30 marca – 1 kwietnia …". */
    String dates(LocalDate start, LocalDate end, SplittableRandom random) {
        if (start.equals(end)) {
            return date(start);
        }
        String format;
        if (start.getMonth() != end.getMonth()) {
            format = dates.get("across");
        } else if (end.equals(start.plusDays(1)) && random.nextBoolean()) {
            format = dates.get("pair");
        } else {
            format = dates.get("range");
        }
        return format.replace("{d1}", String.valueOf(start.getDayOfMonth()))
                .replace("{d2}", String.valueOf(end.getDayOfMonth()))
                .replace("{month1}", month.format(start)).replace("{month2}", month.format(end))
                .replace("{month}", month.format(end)).replace("{year}", String.valueOf(end.getYear()));
    }

    /** The dates as an adverbial: "w dniach 14–16 marca 2024 r.", "pe 14 martie 2024". */
    String when(LocalDate start, LocalDate end, SplittableRandom random) {
        List<String> forms = start.equals(end) ? whenSingle : whenMulti;
        return forms.get(random.nextInt(forms.size())).replace("{date}", dates(start, end, random));
    }
}
