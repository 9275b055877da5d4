package org.w3id.smartcitykg.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic and Greek to Latin, following the national romanisations in spirit (Bulgarian's
 * streamlined system for Cyrillic): good enough to make slugs and to match "Пловдив" with "Plovdiv".
 */
public final class Transliteration {
    /** Each letter with its Latin spelling, as "letter:latin" pairs. */
    private static final Map<Character, String> TABLE = table(
            "а:a б:b в:v г:g д:d е:e ж:zh з:z и:i й:y к:k л:l "
            + "м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:ts ч:ch "
            + "ш:sh щ:sht ъ:a ь:y ю:yu я:ya ы:y э:e ё:yo є:ye і:i ї:yi "
            + "ґ:g ђ:dj ј:j љ:lj њ:nj ћ:c џ:dz ѓ:gj ќ:kj ѕ:dz "
            + "α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m "
            + "ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t υ:y φ:f χ:ch ψ:ps "
            + "ω:o");

    private Transliteration() {}

    private static Map<Character, String> table(String pairs) {
        Map<Character, String> table = new HashMap<>();
        for (String pair : pairs.split(" ")) {
            table.put(pair.charAt(0), pair.substring(2));
        }
        return Map.copyOf(table);
    }

    public static String toLatin(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String lower = Folding.withoutMarks(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD));
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
