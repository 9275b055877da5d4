package org.w3id.smartcitykg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names in the document's language and in English, from the JDK's CLDR data
 * ({@code new Locale("", "IT").getDisplayCountry(ro)} is "Italia"), as written or inflected
 * ("w Hiszpanii"). A country next to a place ("Brno, Czech Republic", "Lyon (Franța)") tells the
 * link stage which of several places of one name is meant.
 */
final class CountryRecogniser implements Recogniser {
    static final String RULE = "country.cldr";
    public static final String CODE = "countryCode";
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    @Override
    public void recognise(TextContext ctx) {
        Map<String, String> names = BY_LANGUAGE.computeIfAbsent(ctx.document.language(), CountryRecogniser::names);
        String text = ctx.text;
        int i = 0;
        while (i < text.length()) {
            if (Names.startsUpper(text, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = Names.capitalisedRun(text, i, 3);
                Optional<int[]> found = longestCountry(text, i, end, names);
                if (found.isPresent()) {
                    int e = found.get()[0];
                    String written = text.substring(i, e);
                    String code = lookup(names, written).orElseThrow();
                    ctx.add(new Mention(MentionType.COUNTRY, i, e, written, written, "", RULE, 0.8, Map.of(CODE, code)));
                    i = e;
                    continue;
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
    }

    /** The longest run of words from {@code begin} that names a country. */
    private static Optional<int[]> longestCountry(String text, int begin, int runEnd, Map<String, String> names) {
        int best = -1;
        int e = Names.wordEnd(text, begin);
        while (e <= runEnd && e > begin) {
            if (lookup(names, text.substring(begin, e)).isPresent()) {
                best = e;
            }
            int next = Names.skipSpaces(text, e);
            if (next == e || next >= runEnd) {
                break;
            }
            e = Names.wordEnd(text, next);
        }
        return best < 0 ? Optional.empty() : Optional.of(new int[] {best});
    }

    /** A country by its name, or by an inflected form of a name of six letters or more. */
    static Optional<String> lookup(Map<String, String> names, String written) {
        String f = Folding.fold(written);
        String exact = names.get(f);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int cut = 1; cut <= 2 && f.length() - cut >= 6; cut++) {
            String stem = f.substring(0, f.length() - cut);
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (e.getKey().length() >= 6 && e.getKey().startsWith(stem) && e.getKey().length() - stem.length() <= 2
                        && e.getKey().indexOf(' ') < 0) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Folded country names of every ISO 3166 code, in the language and in English. */
    private static Map<String, String> names(String language) {
        Map<String, String> names = new HashMap<>();
        Locale[] locales = {Locale.forLanguageTag(language), Locale.ENGLISH};
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale in : locales) {
                String name = country.getDisplayCountry(in);
                if (!name.isBlank() && !name.equals(code)) {
                    names.putIfAbsent(Folding.fold(name), code);
                }
            }
        }
        names.putIfAbsent("kosovo", "XK");
        return Map.copyOf(names);
    }
}
