package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
    @Test
    void answersAsASetOfTheTextsLowerCaseWordsWould() {
        Random random = new Random(11);
        List<String> words = List.of("rada", "Rada", "miasta", "Miasta", "eKonsultacje", "über", "Über", "straße",
                "ﬁnanse", "İstanbul", "i", "I", "ja-ko", "o’neill", "2024", "x2", "łódź", "Łódź", "σχέδιο", "Σχέδιο",
                "община", "Община", "𝒜lpha");
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = random.nextInt(60); w < n; w++) {
                text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            String t = text.toString();
            Set<String> expected = lowerCaseWordsOf(t);
            LowerCaseWords actual = LowerCaseWords.in(t);
            for (String w : words) {
                assertEquals(expected.contains(w.toLowerCase(Locale.ROOT)), actual.contains(w), w + " in: " + t);
            }
        }
    }

    @Test
    void aWordIsFoundWhateverItsCaseButNotAsPartOfAnother() {
        LowerCaseWords words = LowerCaseWords.in("Die Stadt und die Region; stadtwerke.");
        assertTrue(words.contains("Und"));
        assertTrue(words.contains("DIE"));
        assertFalse(words.contains("Stadt"), "written only with a capital");
        assertFalse(words.contains("Region"));
        assertFalse(words.contains("stadtwerk"), "part of a word");
        assertFalse(words.contains(""));
    }

    /** The definition: every word that starts with a lower-case letter, as written. */
    private static Set<String> lowerCaseWordsOf(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = Names.wordEnd(text, i);
                if (end > i && Character.isLowerCase(text.charAt(i))) {
                    words.add(text.substring(i, end));
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return words;
    }
}
