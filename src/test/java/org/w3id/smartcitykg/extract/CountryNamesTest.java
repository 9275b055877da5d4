package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every country the JDK names in a language is found by that name, in any case, and a long
 * one-word name also with its last letters changed: the look-up passes over words by their first
 * letters, and a name that filter let slip would never be found.
 */
class CountryNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ro", "bg", "de", "fr", "lt", "el", "hu", "fi"})
    void everyCountryByItsNameAndItsInflectedForms(String language) {
        CountryNames names = CountryNames.of(language, List.of("oje"));
        Locale in = Locale.forLanguageTag(language);
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(in);
            if (name.isBlank() || name.equals(code)) {
                continue;
            }
            Optional<String> found = names.lookup(name.toUpperCase(Locale.ROOT));
            assertEquals(true, found.isPresent(), name);
            assertEquals(Optional.empty(), names.lookup("Zz" + name.substring(2)), "another word than " + name);
            String folded = Folding.fold(name);
            if (folded.length() >= 8 && folded.indexOf(' ') < 0 && found.get().equals(code)) {
                // Inflected: the last letter changed, or a locative ending after the stem (a stem
                // two names share goes to the shorter, so the country may be the other one).
                assertEquals(true, names.lookup(name.substring(0, name.length() - 1) + "y").isPresent(), name + " inflected");
                assertEquals(true, names.lookup(name.substring(0, name.length() - 2) + "oje").isPresent(), name + " locative");
            }
        }
    }
}
