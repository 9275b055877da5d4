package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The form finder finds, for each category, what a case-insensitive Unicode regular expression
 * alternating the category's forms, longest first, between letter-or-number boundaries finds:
 * on random texts made of a real lexicon's forms, their pieces, other case and glue.
 */
class FormFinderTest {
    private static final String GLUE = " ,.-'’()\"\n\t0123456789ŞşİıΣσςßẞǅǆﬁ\u0301";

    @ParameterizedTest
    @ValueSource(strings = {"pl", "ro", "de", "bg", "el", "tr"})
    void findsWhatTheRegularExpressionFinds(String language) {
        Lexicon lexicon = Lexicon.load(language).orElseThrow();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (String category : List.of("org.head", "municipality.cue", "location.prep", "date.conj", "project.cue",
                "honorific", "person.function")) {
            lexicon.entries(category).forEach(e -> forms.computeIfAbsent(category, k -> new ArrayList<>()).addAll(e.forms()));
        }
        forms.values().removeIf(List::isEmpty);
        FormFinder finder = FormFinder.of(forms);
        List<String> all = forms.values().stream().flatMap(List::stream).toList();
        Random random = new Random(language.hashCode());
        int found = 0;
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, all);
            for (Map.Entry<String, List<String>> e : forms.entrySet()) {
                List<Span> expected = byRegularExpression(e.getValue(), text);
                assertEquals(expected, finder.findAll(text, e.getKey()), e.getKey() + " in «" + text + "»");
                assertEquals(expected, finder.findAll(text).getOrDefault(e.getKey(), List.of()), e.getKey());
                found += expected.size();
            }
        }
        assertTrue(found > 150, "the texts hold forms: " + found);
    }

    private static String randomText(Random random, List<String> forms) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(12); k >= 0; k--) {
            String form = forms.get(random.nextInt(forms.size()));
            switch (random.nextInt(6)) {
                case 0 -> form = form.toUpperCase(java.util.Locale.ROOT);
                case 1 -> form = form.substring(0, random.nextInt(form.length() + 1));
                case 2 -> form = form + form.charAt(random.nextInt(form.length()));
                default -> { }
            }
            b.append(form);
            for (int g = random.nextInt(3); g >= 0; g--) {
                b.append(GLUE.charAt(random.nextInt(GLUE.length())));
            }
        }
        return b.toString();
    }

    private static List<Span> byRegularExpression(List<String> forms, String text) {
        StringBuilder alternation = new StringBuilder();
        forms.stream().filter(f -> !f.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(f -> alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(f)));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<Span> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
