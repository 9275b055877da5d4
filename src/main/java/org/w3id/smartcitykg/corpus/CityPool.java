package org.w3id.smartcitykg.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.w3id.smartcitykg.link.Place;
import org.w3id.smartcitykg.link.PlaceResolver;

/**
 * The gazetteer's places that one language can write, by country and for all of Europe: a
 * document's own city comes from its country, partners' cities mostly from anywhere, so a large
 * corpus names tens of thousands of places.
 */
final class CityPool {
    private final Map<String, List<City>> byCountry;
    private final List<City> europe;

    private CityPool(Map<String, List<City>> byCountry, List<City> europe) {
        this.byCountry = byCountry;
        this.europe = europe;
    }

    static CityPool of(List<Place> places, String language) {
        Map<String, List<City>> byCountry = new HashMap<>();
        List<City> europe = new ArrayList<>(places.size());
        for (Place p : places) {
            if (!isTown(p) || PlaceResolver.NEIGHBOURS.contains(p.countryCode())) {
                continue; // the corpus reports on Europe; its neighbours' places are there for real news
            }
            CityNames.written(p, language).ifPresent(name -> {
                City city = new City(p.geonameId(), name, p.countryCode(), p.population());
                europe.add(city);
                byCountry.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(city);
            });
        }
        return new CityPool(byCountry, europe);
    }

    /**
     * Not a district of a city ("Marseille 10"), an abandoned or historical place, nor a name with
     * initials ("I. C. Brătianu"), whose dots a reader takes for the ends of sentences.
     */
    private static boolean isTown(Place p) {
        return !Set.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH").contains(p.featureCode())
                && !p.name().matches(".*[\\d.].*");
    }

    City domestic(String countryCode, SplittableRandom random) {
        List<City> cities = byCountry.get(countryCode);
        if (cities == null) {
            throw new IllegalStateException("the gazetteer has no places in " + countryCode);
        }
        return cities.get(random.nextInt(cities.size()));
    }

    City anywhere(SplittableRandom random) {
        return europe.get(random.nextInt(europe.size()));
    }
}
