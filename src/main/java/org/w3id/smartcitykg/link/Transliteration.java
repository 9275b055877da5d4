package org.w3id.smartcitykg.link;

import java.util.Map;

/**
 * Cyrillic and Greek to Latin, following the national romanisations in spirit (Bulgarian's
 * streamlined system for Cyrillic): good enough to make slugs and to match "Пловдив" with "Plovdiv".
 */
public final class Transliteration {
    private static final Map<Character, String> TABLE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "sht"), Map.entry('ъ', "a"), Map.entry('ь', "y"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ы', "y"), Map.entry('э', "e"),
            Map.entry('ё', "yo"), Map.entry('є', "ye"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('ґ', "g"), Map.entry('ђ', "dj"), Map.entry('ј', "j"), Map.entry('љ', "lj"),
            Map.entry('њ', "nj"), Map.entry('ћ', "c"), Map.entry('џ', "dz"), Map.entry('ѓ', "gj"),
            Map.entry('ќ', "kj"), Map.entry('ѕ', "dz"),
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"),
            Map.entry('ε', "e"), Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"),
            Map.entry('ι', "i"), Map.entry('κ', "k"), Map.entry('λ', "l"), Map.entry('μ', "m"),
            Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"), Map.entry('π', "p"),
            Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"),
            Map.entry('ω', "o"));

    private Transliteration() {}

    public static String toLatin(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String lower = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char lc = Character.toLowerCase(c);
            String t = TABLE.get(lc);
            if (t == null) {
                b.append(c);
            } else if (Character.isUpperCase(c) && !t.isEmpty()) {
                b.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
            } else {
                b.append(t);
            }
        }
        return b.toString();
    }
}
