package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole bundled gazetteer: its size and a sample of entries in several scripts. */
class GazetteerTest {
    private static GeoNamesGazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = GeoNamesGazetteer.load();
    }

    @Test
    void holdsEveryPopulatedPlaceOfCities500InEuropeAndItsNeighbours() {
        assertTrue(gazetteer.size() > 95_000 && gazetteer.size() < 105_000, "size " + gazetteer.size());
        assertLargest("Trabzon", 738648, "TR");
        assertLargest("Tbilisi", 611717, "GE");
        assertLargest("Casablanca", 2553604, "MA");
    }

    @Test
    void findsPlacesByNamesInEveryScript() {
        assertLargest("Warszawa", 756135, "PL");
        assertLargest("Warsaw", 756135, "PL");
        assertLargest("București", 683506, "RO");
        assertLargest("Bucureşti", 683506, "RO"); // cedilla spelling
        assertLargest("София", 727011, "BG");
        assertLargest("Plovdiv", 728193, "BG");
        assertLargest("Wien", 2761369, "AT");
    }

    @Test
    void ambiguousNamesHaveSeveralPlacesAndTheLargestComesFirst() {
        List<Place> places = gazetteer.byName("Frankfurt");
        assertTrue(places.size() >= 2, places.toString());
        Place largest = places.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
        assertEquals("DE", largest.countryCode());
        assertTrue(largest.population() > 500_000);
    }

    @Test
    void stemsReachInflectedForms() {
        assertTrue(gazetteer.byNamePrefix("Gdańsk", 0).stream().anyMatch(m -> m.place().geonameId() == 3099434));
        assertTrue(gazetteer.byNamePrefix("Brn", 2).stream().anyMatch(m -> m.place().geonameId() == 3078610));
    }

    private static void assertLargest(String name, long geonameId, String country) {
        Place p = gazetteer.byName(name).stream().max(Comparator.comparingLong(Place::population)).orElseThrow(
                () -> new AssertionError(name + " not found"));
        assertEquals(geonameId, p.geonameId(), name);
        assertEquals(country, p.countryCode(), name);
    }
}
