package org.w3id.smartcitykg.corpus;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.link.Place;
import org.w3id.smartcitykg.extract.Transliteration;

/** How a language writes a gazetteer place: Latin-script languages as GeoNames does, Bulgarian in Cyrillic. */
final class CityNames {
    /** Bulgarian letters only: Russian, Serbian or Ukrainian spellings are not Bulgarian. */
    private static final Pattern BULGARIAN = Pattern.compile("[А-ЩЮЯ][а-щьюя]*(?:[- ][А-ЩЮЯа-щьюя][а-щьюя]*)*");

    private CityNames() {}

    static Optional<String> written(Place place, String language) {
        return language.equals("bg") ? cyrillic(place) : Optional.of(place.name());
    }

    /**
     * The Cyrillic alternate that reads most like the place's current Latin name: alternates also
     * hold former names ("Горна Джумая" for Blagoevgrad) that today's news does not use.
     */
    private static Optional<String> cyrillic(Place place) {
        String latin = Folding.fold(place.asciiName());
        return place.alternateNames().stream().filter(CityNames::bulgarian)
                .min(Comparator.comparingInt((String n) -> distance(Folding.fold(Transliteration.toLatin(n)), latin))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Bulgarian writes "ь" only before "о", and no longer ends words in "ъ". */
    private static boolean bulgarian(String name) {
        return BULGARIAN.matcher(name).matches() && !name.endsWith("ъ") && !name.matches(".*ь[^о].*|.*ь$");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
