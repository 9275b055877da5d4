package org.w3id.smartcitykg.extract;

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
    /** Built once per language on first use; each is immutable. */
    private final Map<String, CountryNames> byLanguage = new ConcurrentHashMap<>();

    @Override
    public void recognise(TextContext ctx) {
        CountryNames names = byLanguage.computeIfAbsent(ctx.document.language(),
                language -> CountryNames.of(language, new LocativeEndings(ctx.lexicon).endings()));
        String text = ctx.text;
        int i = 0;
        while (i < text.length()) {
            if ((i == 0 || !CharClasses.isLetterOrDigit(text.charAt(i - 1))) && Names.startsUpper(text, i)) {
                int end = Names.capitalisedRun(text, i, 3);
                Optional<int[]> found = longestCountry(text, i, end, names);
                if (found.isPresent()) {
                    int e = found.get()[0];
                    String written = text.substring(i, e);
                    String code = names.lookup(written).orElseThrow();
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
    private static Optional<int[]> longestCountry(String text, int begin, int runEnd, CountryNames names) {
        int best = -1;
        int e = Names.wordEnd(text, begin);
        while (e <= runEnd && e > begin) {
            if (names.lookup(text, begin, e).isPresent()) {
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
}
