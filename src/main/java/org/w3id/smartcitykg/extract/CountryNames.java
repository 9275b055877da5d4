package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Folded country names of every ISO 3166 code in one language and in English, from the JDK's CLDR
 * data, with the stems an inflected form of a one-word name may leave ("hiszpani" of "Hiszpanii"),
 * indexed so that a look-up is one hash probe, not a scan of every name.
 */
final class CountryNames {
    /** A one-word name this long or longer may be inflected; shorter ones must match exactly. */
    private static final int MIN_INFLECTED = 6;
    /** An inflected form's stem may lack up to this many letters of the name. */
    private static final int MAX_MISSING = 2;

    private final Map<String, String> byName;
    private final Map<String, String> byStem;
    /** The language's locative case endings, folded, longest first ("oje" in "Latvijoje"). */
    private final List<String> locativeEndings;
    /**
     * The openings of every name and stem: every key a word of {@link Openings#LENGTH} chars or
     * more is looked up by starts with its own first chars, so a word that opens otherwise is no
     * country, and its stems are neither cut nor looked up. Asked of most capitalised words.
     */
    private final Openings openings;
    /**
     * The hashes of the keys' first {@link Openings#LENGTH} chars (a shorter key's whole): a word
     * of the text whose folded opening hashes to none of them is no country, told without folding
     * it or copying it out of the text.
     */
    private final HashBits openingHashes = new HashBits(1 << 14);

    private CountryNames(Map<String, String> byName, List<String> locativeEndings) {
        this.byName = Map.copyOf(byName);
        this.byStem = Map.copyOf(stems(byName));
        this.locativeEndings = List.copyOf(locativeEndings);
        List<String> keys = new ArrayList<>(this.byName.keySet());
        keys.addAll(this.byStem.keySet());
        this.openings = Openings.of(keys, c -> c);
        for (String key : keys) {
            openingHashes.add(key.substring(0, Math.min(Openings.LENGTH, key.length())).hashCode());
        }
    }

    static CountryNames of(String language) {
        return of(language, List.of());
    }

    /** @param locativeEndings the language's locative endings, folded: a stem before one may be a country's */
    static CountryNames of(String language, List<String> locativeEndings) {
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
        return new CountryNames(names, locativeEndings);
    }

    /**
     * Every prefix a stem may be, with its country. Where two names share a stem, the one closest
     * in length to the stem, then the first in alphabetical order, so that the choice is the same
     * in every run.
     */
    private static Map<String, String> stems(Map<String, String> names) {
        Map<String, List<String>> namesByStem = new HashMap<>();
        names.keySet().stream().filter(n -> n.length() >= MIN_INFLECTED && n.indexOf(' ') < 0).forEach(n -> {
            for (int length = Math.max(MIN_INFLECTED, n.length() - MAX_MISSING); length <= n.length(); length++) {
                namesByStem.computeIfAbsent(n.substring(0, length), k -> new ArrayList<>()).add(n);
            }
        });
        Map<String, String> stems = new HashMap<>();
        namesByStem.forEach((stem, candidates) -> stems.put(stem, names.get(candidates.stream()
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .orElseThrow())));
        return stems;
    }

    /**
     * A country by its name, or by an inflected form of a name of six letters or more: up to two
     * letters changed at its end, or the language's locative ending after its stem.
     */
    /** {@link #lookup(String)} of the text's words in {@code [begin, end)}. */
    Optional<String> lookup(String text, int begin, int end) {
        if (!openingHashes.mayHold(Folding.foldedPrefixHash(text, begin, end, Openings.LENGTH))) {
            return Optional.empty();
        }
        return lookup(text.substring(begin, end));
    }

    Optional<String> lookup(String written) {
        String f = Folding.fold(written);
        if (f.length() >= Openings.LENGTH && !openings.opens(f, 0)) {
            return Optional.empty();
        }
        String exact = byName.get(f);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int cut = 1; cut <= MAX_MISSING && f.length() - cut >= MIN_INFLECTED; cut++) {
            String code = byStem.get(f.substring(0, f.length() - cut));
            if (code != null) {
                return Optional.of(code);
            }
        }
        // A locative ending may be longer than the letters a stem may lack ("Latvijoje", "Ispanijoje").
        for (String ending : locativeEndings) {
            if (ending.length() > 1 && f.endsWith(ending) && f.length() - ending.length() >= MIN_INFLECTED) {
                String code = byStem.get(f.substring(0, f.length() - ending.length()));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }
}
