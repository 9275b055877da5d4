package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form looked up once answers for every category it belongs to, with each category's own entry. */
class LexiconTest {
    private static Lexicon lexicon(String tsv) throws IOException {
        return Lexicon.parse("xx", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFormOfSeveralCategoriesKeepsEachCategorysEntry() throws IOException {
        Lexicon lexicon = lexicon("""
                org.head\tCity|Cities\tbody
                municipality.cue\tcity\ttown
                org.head\tcity hall|city\tbuilding
                location.prep\tin
                """);
        assertEquals("City", lexicon.lookup("org.head", "CITY").orElseThrow().lemma(),
                "the first entry of a category that has the form keeps it");
        assertEquals("town", lexicon.lookup("municipality.cue", "city").orElseThrow().attribute());
        assertEquals("city hall", lexicon.lookup("org.head", "City Hall").orElseThrow().lemma());
        assertTrue(lexicon.lookup("location.prep", "city").isEmpty());
        assertTrue(lexicon.lookup("no.such.category", "city").isEmpty());
        assertEquals("town", lexicon.lookupFirst(List.of("location.prep", "municipality.cue", "org.head"), "city")
                .orElseThrow().attribute(), "the first category asked that has it");
        assertEquals("body", lexicon.lookupFirst(List.of("org.head", "municipality.cue"), "city").orElseThrow().attribute());
        assertTrue(lexicon.inAny(List.of("location.prep", "municipality.cue"), "CITY"));
        assertFalse(lexicon.inAny(List.of("location.prep", "no.such.category"), "city"));
        assertTrue(lexicon.inAny(List.of("org.head"), "cities"));
        assertFalse(lexicon.inAny(List.of("org.head"), "town"));
    }

    /**
     * The copy for one document remembers the words it was asked about: asked again, in whatever
     * case and by whatever method, it answers as the shared lexicon does.
     */
    @Test
    void aDocumentsCopyAnswersAsTheSharedLexicon() {
        Lexicon shared = Lexicon.load("pl").orElseThrow();
        Lexicon copy = shared.forOneDocument();
        List<String> categories = List.of("org.head", "municipality.cue", "location.prep", "honorific", "no.such.category");
        List<String> words = new java.util.ArrayList<>();
        shared.entries("org.head").forEach(e -> words.addAll(e.forms()));
        shared.entries("location.prep").forEach(e -> words.addAll(e.forms()));
        words.addAll(List.of("Urząd", "URZĄD", "urzędu", "Kowalski", "w", "W", "zupełnie", "İstanbul", ""));
        for (int round = 0; round < 2; round++) {
            for (String w : words) {
                for (String c : categories) {
                    assertEquals(shared.lookup(c, w), copy.lookup(c, w), c + " " + w);
                }
                assertEquals(shared.lookupFirst(categories, w), copy.lookupFirst(categories, w), w);
                assertEquals(shared.inAny(categories, w), copy.inAny(categories, w), w);
            }
        }
        String text = "Urząd Miasta w Krakowie i Urząd Marszałkowski podpisały umowę.";
        assertEquals(shared.findAll(text), copy.findAll(text));
        assertTrue(copy.lookup("org.head", "urząd").isPresent(), "the test asks about words the lexicon has");
    }

    /**
     * Every form of every entry of every lexicon is found in its category, by each way of asking,
     * however many other categories share its hash: the filters in front of the map of forms
     * never turn a form away.
     */
    @Test
    void everyFormIsFoundInItsCategoryByEveryWayOfAsking() {
        int forms = 0;
        Lexicons lexicons = Lexicons.fromClasspath();
        for (String language : lexicons.languages()) {
            Lexicon lexicon = lexicons.forLanguage(language).forOneDocument();
            for (String category : lexicon.categories()) {
                List<String> withOthers = List.of("no.such.category", category);
                for (Lexicon.Entry e : lexicon.entries(category)) {
                    for (String form : e.forms()) {
                        String text = "« " + form + " »";
                        String where = language + " " + category + " " + form;
                        assertEquals(category, lexicon.lookup(category, form).map(Lexicon.Entry::category).orElse(null), where);
                        assertTrue(lexicon.lookup(category, text, 2, 2 + form.length()).isPresent(), where);
                        assertTrue(lexicon.inAny(withOthers, form), where);
                        assertTrue(lexicon.inAny(withOthers, text, 2, 2 + form.length()), where);
                        assertTrue(lexicon.lookupFirst(withOthers, form).isPresent(), where);
                        forms++;
                    }
                }
            }
        }
        assertTrue(forms > 10_000, "the lexicons hold many forms: " + forms);
    }

    /** The hash a word's folded form would have, from its chars alone, is that form's hash: random words of letters that fold alike and unalike. */
    @Test
    void foldedHashIsTheHashOfTheFoldedForm() {
        String pool = "aAzZ09-' ąĄłŁśŚşŞţŢșȘțȚiIİıσΣςñÑßẞéÉжЖЁёǅǄǆ\u0307\u0301ﬁ\uD835\uDC00";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                word.append(pool.charAt(random.nextInt(pool.length())));
            }
            String w = word.toString();
            assertEquals(Lexicon.fold(w).hashCode(), Lexicon.foldedHash(w), w);
        }
    }

    /** A word looked up where the text writes it answers as its copy does, at every word of a text. */
    @Test
    void aWordLookedUpInPlaceAnswersAsItsCopy() {
        Lexicon lexicon = Lexicon.load("ro").orElseThrow().forOneDocument();
        String text = "Primăria Municipiului Iaşi și Consiliul Județean au semnat în 2024 acordul, la Sediul PRIMĂRIEI.";
        List<String> categories = List.of("org.head", "municipality.cue", "location.prep", "date.conj");
        int found = 0;
        for (int begin = 0; begin < text.length(); begin++) {
            for (int end = begin + 1; end <= Math.min(text.length(), begin + 12); end++) {
                String word = text.substring(begin, end);
                for (String c : categories) {
                    assertEquals(lexicon.lookup(c, word), lexicon.lookup(c, text, begin, end), c + " " + word);
                    found += lexicon.lookup(c, word).isPresent() ? 1 : 0;
                }
                assertEquals(lexicon.inAny(categories, word), lexicon.inAny(categories, text, begin, end), word);
            }
        }
        assertTrue(found >= 5, "the text holds forms of these categories: " + found);
    }

    /**
     * All categories found in one pass answer as each category found on its own, whose hits are
     * looked up word by word: also for words in chars that fold otherwise than the finder
     * compares them (dotless i, long s, the Kelvin sign, cedillas, final sigma).
     */
    @Test
    void findingAllCategoriesAtOnceAnswersAsEachAlone() {
        for (String language : List.of("tr", "ro", "el", "de", "pl")) {
            Lexicon lexicon = Lexicon.load(language).orElseThrow().forOneDocument();
            List<String> forms = new java.util.ArrayList<>();
            List<String> categories = List.of("org.head", "municipality.cue", "location.prep", "date.conj", "honorific");
            categories.forEach(c -> lexicon.entries(c).forEach(e -> forms.addAll(e.forms())));
            java.util.Random random = new java.util.Random(language.hashCode());
            String odd = "ıIİiſsSKkKşŞșȘσςΣ \u0307";
            int hits = 0;
            for (int t = 0; t < 200; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(10); k >= 0; k--) {
                    String form = forms.get(random.nextInt(forms.size()));
                    StringBuilder w = new StringBuilder();
                    for (char c : form.toCharArray()) {
                        w.append(random.nextInt(6) == 0 ? odd.charAt(random.nextInt(odd.length()))
                                : random.nextBoolean() ? Character.toUpperCase(c) : c);
                    }
                    text.append(w).append(random.nextBoolean() ? " " : ", ");
                }
                java.util.Map<String, List<Lexicon.Hit>> all = lexicon.findAll(text);
                for (String c : categories) {
                    List<Lexicon.Hit> alone = lexicon.find(c, text);
                    assertEquals(alone, all.getOrDefault(c, List.of()), c + " in «" + text + "»");
                    hits += alone.size();
                }
            }
            assertTrue(hits > 100, language + ": the texts hold forms: " + hits);
        }
    }
}
