package org.w3id.smartcitykg.corpus;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Organisations of one language from the patterns of its resource: a head noun with a place
 * ("Urząd Miasta X", "Universitatea Tehnică din X", "Община X") or with a made-up brand
 * ("Fundacja Ekotech", "Volticon S.R.L.", "Клъстер Родоплаб").
 */
final class OrganisationNames {
    private static final String VOWELS = "aąeęioóuyăâîаеиоуъюя";
    private static final int ATTEMPTS = 20;
    /** Above this a place has a town hall ("Urząd Miasta", "Primăria Municipiului"), below a village's office. */
    private static final long TOWN_POPULATION = 10_000;

    private final List<TemplateBook.Pair> partners;
    private final List<TemplateBook.Pair> townHosts;
    private final List<TemplateBook.Pair> villageHosts;
    private final List<String> brandStarts;
    private final List<String> brandEnds;
    private final LanguageStyle style;

    OrganisationNames(TemplateBook book, LanguageStyle style) {
        this.partners = book.pairs("organisations");
        this.townHosts = book.pairs("host.town");
        this.villageHosts = book.pairs("host.village");
        this.brandStarts = book.words("brand.start");
        this.brandEnds = book.words("brand.end");
        this.style = style;
    }

    /** The town's own body, which hosts the meeting and publishes the news. */
    Organisation host(City city, SplittableRandom random) {
        return fromPatterns(city.population() >= TOWN_POPULATION ? townHosts : villageHosts, city, random);
    }

    Organisation partner(City city, SplittableRandom random) {
        return fromPatterns(partners, city, random);
    }

    /** A pattern that needs "in CITY" is passed over for a city the language cannot inflect. */
    private Organisation fromPatterns(List<TemplateBook.Pair> patterns, City city, SplittableRandom random) {
        String cityIn = style.cityIn(city).orElse(null);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TemplateBook.Pair pattern = PersonNames.pick(patterns, random);
            if (cityIn == null && pattern.first().contains("{city.in}")) {
                continue;
            }
            String brand = brand(random);
            Map<String, String> slots = Map.of("city", city.name(), "city.in", cityIn == null ? "" : cityIn, "brand", brand);
            return new Organisation(fill(pattern.first(), slots), fill(pattern.second(), slots), city,
                    pattern.first().contains("{city"));
        }
        throw new IllegalStateException("no organisation pattern fits " + city.name());
    }

    private String fill(String pattern, Map<String, String> slots) {
        return Template.render(pattern, slots::get, false, style.locale());
    }

    /** A made-up trade name: "Eko" + "tech", with the language's linking vowel between two consonants ("Jaworotech"). */
    private String brand(SplittableRandom random) {
        String start = PersonNames.pick(brandStarts, random);
        String end = PersonNames.pick(brandEnds, random);
        boolean twoConsonants = VOWELS.indexOf(Character.toLowerCase(start.charAt(start.length() - 1))) < 0
                && VOWELS.indexOf(end.charAt(0)) < 0;
        return start + (twoConsonants ? style.linkingVowel() : "") + end;
    }
}
