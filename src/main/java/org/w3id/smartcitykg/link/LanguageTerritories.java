package org.w3id.smartcitykg.link;

import java.util.Map;
import java.util.Set;

/**
 * The countries where each language of the converter is an official language (after CLDR's
 * territory data): a document's language says where a place it names is likely to be when the
 * text names no other place. English, written everywhere, says nothing.
 */
final class LanguageTerritories {
    private static final Map<String, Set<String>> COUNTRIES = Map.ofEntries(
            Map.entry("bg", Set.of("BG")), Map.entry("cs", Set.of("CZ")), Map.entry("da", Set.of("DK")),
            Map.entry("de", Set.of("DE", "AT", "CH", "LU", "LI", "BE")), Map.entry("el", Set.of("GR", "CY")),
            Map.entry("es", Set.of("ES")), Map.entry("et", Set.of("EE")), Map.entry("fi", Set.of("FI")),
            Map.entry("fr", Set.of("FR", "BE", "CH", "LU", "MC")), Map.entry("ga", Set.of("IE")),
            Map.entry("hr", Set.of("HR", "BA")), Map.entry("hu", Set.of("HU")),
            Map.entry("it", Set.of("IT", "CH", "SM", "VA")), Map.entry("lt", Set.of("LT")), Map.entry("lv", Set.of("LV")),
            Map.entry("mt", Set.of("MT")), Map.entry("nl", Set.of("NL", "BE")), Map.entry("pl", Set.of("PL")),
            Map.entry("pt", Set.of("PT")), Map.entry("ro", Set.of("RO", "MD")), Map.entry("sk", Set.of("SK")),
            Map.entry("sl", Set.of("SI")), Map.entry("sv", Set.of("SE", "FI")), Map.entry("uk", Set.of("UA")),
            Map.entry("sr", Set.of("RS", "BA", "ME", "XK")), Map.entry("mk", Set.of("MK")),
            Map.entry("ru", Set.of("RU", "BY", "KZ", "KG")), Map.entry("be", Set.of("BY")), Map.entry("bs", Set.of("BA")),
            Map.entry("sq", Set.of("AL", "XK", "MK")), Map.entry("no", Set.of("NO")), Map.entry("nb", Set.of("NO")),
            Map.entry("nn", Set.of("NO")), Map.entry("is", Set.of("IS")), Map.entry("ca", Set.of("ES", "AD")),
            Map.entry("eu", Set.of("ES")), Map.entry("gl", Set.of("ES")), Map.entry("lb", Set.of("LU")),
            Map.entry("tr", Set.of("TR", "CY")), Map.entry("cy", Set.of("GB")), Map.entry("fy", Set.of("NL")),
            Map.entry("rm", Set.of("CH")));

    private LanguageTerritories() {
    }

    /** The countries (ISO 3166-1 alpha-2) where the language is official; none for English or an unknown tag. */
    static Set<String> of(String language) {
        return COUNTRIES.getOrDefault(language, Set.of());
    }
}
