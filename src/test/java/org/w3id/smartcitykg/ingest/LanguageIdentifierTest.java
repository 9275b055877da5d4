package org.w3id.smartcitykg.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final OpenNlpLanguageIdentifier IDENTIFIER = new OpenNlpLanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pl|W dniu 12 marca 2024 r. w sali konferencyjnej urzędu odbyło się spotkanie partnerów projektu.",
        "ro|În zilele de 5 și 6 martie a avut loc la primărie întâlnirea partenerilor din proiect.",
        "bg|На 5 и 6 март в сградата на общината се проведе среща на партньорите по проекта.",
        "cs|Ve dnech 5. a 6. března se na radnici uskutečnilo setkání partnerů projektu.",
        "de|Am 5. und 6. März fand im Rathaus das Treffen der Projektpartner statt.",
        "es|Los días 5 y 6 de marzo se celebró en el ayuntamiento la reunión de los socios del proyecto.",
        "it|Il 5 e 6 marzo si è svolto in municipio l'incontro dei partner del progetto europeo.",
        "en|On 5 and 6 March the partners of the project met at the city hall to plan the next steps.",
        "lt|Kovo 5 ir 6 dienomis savivaldybėje vyko projekto partnerių susitikimas ir diskusijos.",
        "hr|Petog i šestog ožujka u gradskoj vijećnici održan je sastanak partnera na projektu."})
    void identifiesEuropeanLanguages(String expected, String text) {
        assertEquals(expected, IDENTIFIER.identify(text).orElseThrow().tag());
    }

    /** The features are built without OpenNLP's context generator, but must be exactly its own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "W dniu 12 marca 2024 r. odbyło się spotkanie: https://example.org/a?b=1 #smartcity @urzad 😀",
        "İSTANBUL ΣΟΦΊΑ Straße  ĲSSEL   DŽ ǅ ǆ 𝐀𝐁 ﬁ 3,5 mln zł",
        "На 5 и 6 март в сградата на общината се проведе среща."})
    void sameFeaturesAsOpenNlp(String text) {
        CharSequence[] context = new LanguageDetectorFactory().getContextGenerator().getContext(text);
        Set<Long> expected = Arrays.stream(context).map(g -> CharNGrams.pack(g.toString())).collect(Collectors.toSet());
        Set<Long> actual = Arrays.stream(features(text)).boxed().collect(Collectors.toSet());
        assertEquals(expected, actual);
        assertEquals(expected.size(), context.length);
    }

    /**
     * Each normaliser runs only where a quick look finds what its expressions need: the text must
     * come out exactly as OpenNLP's chain of all five leaves it, whether or not any of them fires.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Spotkanie partnerów projektu odbyło się w urzędzie miasta.",
        "Praha hostila setkání; hahaha, jajaja, HeHe, ahha, aHa",
        "xD x-P :) ;-( XO :-o Oxford Luxembourg expo",
        "RT: start rt art RT hello Rt:rt ", "part: heart rt:rt:rt: 'rt x _rt 3rt é\u0301rt \u0301rt -rt:",
        "jaja HAha hjhaha ohio Bohemia hahaHA jejeJE hAhA ahah hohoho", "a# b @ c ##x #@ @\t #",
        "expert Saxony box) mix-d x- :-x", "#rt haha", "a#b@c d", "x:p x-x-p Xp :- ; x # @", "jej hah hahe jajo hhaha", "rt: #tag xD haha",
        "mail: a.b@example.org, @urzad #smartcity https://example.org/a?b=1 ftp://x",
        "  leading\ttab\t\tand  two  spaces   ", "Aaa aaa AAA booo zzz ... ĄĄą ąąą x   y\n\n\nz \u2028\u2028\u2028 \r\n\r\n", "2024 r. 3,5 mln zł",
        "𝐀𝐁 😀😀😀 emoji \uD83C alone, \uDBFF\uDFFF, \uDFFF, \uDBFF\uDC00, ﬁ -- a-b –", "Straße ĲSSEL İstanbul ΣΟΦΊΑ", ""})
    void normalisesAsOpenNlp(String text) {
        assertEquals(openNlpNormalised(text), CharNGrams.normalise(text).toString());
    }

    /**
     * Texts of the chars the normalisers look for, drawn at random from a fixed seed: where a
     * normaliser is written by hand or guarded by a quick look, the drawn texts find the
     * difference that listed cases miss.
     */
    @Test
    void normalisesDrawnTextsAsOpenNlp() {
        String alphabet = "hjHJaeoAxX-:;pPdD()#@ \t\nrRtT1_é\u0301";
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 3000; n++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String drawn = new String(text);
            assertEquals(openNlpNormalised(drawn), CharNGrams.normalise(drawn), drawn);
        }
    }

    @Test
    void normalisesTheSeedsAsOpenNlp() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path f : files.toList()) {
                String text = java.nio.file.Files.readString(f);
                assertEquals(openNlpNormalised(text), CharNGrams.normalise(text).toString(), f.toString());
            }
        }
    }

    private static String openNlpNormalised(String text) {
        return new opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer(
                opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.UrlCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.NumberCharSequenceNormalizer.getInstance(),
                opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer.getInstance()).normalize(text).toString();
    }

    /** The flat table scores as OpenNLP's detector does, to the rounding of its weights to floats. */
    @ParameterizedTest
    @ValueSource(strings = {
        "W dniu 12 marca 2024 r. w sali konferencyjnej urzędu odbyło się spotkanie partnerów projektu.",
        "Los días 5 y 6 de marzo se celebró en el ayuntamiento la reunión de los socios del proyecto.",
        "Selamat pagi, apa kabar? Saya tinggal di kota kecil.", "12.05.2022 — 3"})
    void sameProbabilitiesAsOpenNlp(String text) throws java.io.IOException {
        LanguageDetectorModel openNlp = new LanguageDetectorModel(getClass().getResourceAsStream(
                NGramLanguageModel.OPENNLP_MODEL));
        Language[] expected = new LanguageDetectorME(openNlp).predictLanguages(text);
        NGramLanguageModel flat = NGramLanguageModel.load();
        double[] p = flat.probabilities(text);
        for (Language l : expected) {
            int outcome = java.util.stream.IntStream.range(0, flat.languageCount())
                    .filter(o -> flat.language(o).equals(l.getLang())).findFirst().orElseThrow();
            assertEquals(l.getConfidence(), p[outcome], 1e-6 * l.getConfidence(), l.getLang());
        }
    }

    /**
     * The model reads the n-grams in its own alphabet, made from the chars directly: they are the
     * features, coded, in the same order, less those with a char the model has never seen.
     */
    @Test
    void knownGramsAreTheFeaturesTheModelCanScore() throws java.io.IOException {
        NGramLanguageModel model = NGramLanguageModel.load();
        List<String> texts = new java.util.ArrayList<>(List.of("", "a", "Ω ω 😀 \uFFFF x", "İSTANBUL ΣΟΦΊΑ Straße 3,5 mln zł"));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path f : files.toList()) {
                texts.add(java.nio.file.Files.readString(f));
            }
        }
        int unknown = 0;
        for (String text : texts) {
            long[] expected = Arrays.stream(features(text)).map(model::coded).filter(g -> g != 0).toArray();
            unknown += features(text).length - expected.length;
            assertArrayEquals(expected, model.knownGrams(CharNGrams.lowerCased(text)), text);
        }
        assertTrue(unknown > 0, "some texts hold chars the model has never seen");
    }

    /** The features: the distinct 1- to 3-grams of the text as the model reads it, packed, shortest first and in the order they first occur. */
    private static long[] features(String text) {
        char[] lower = CharNGrams.lowerCased(text);
        long[] seen = CharNGrams.newSet(lower.length * CharNGrams.MAX_LENGTH);
        List<Long> grams = new java.util.ArrayList<>();
        for (int length = 1; length <= CharNGrams.MAX_LENGTH; length++) {
            for (int i = 0; i + length <= lower.length; i++) {
                long gram = CharNGrams.pack(lower, i, length);
                if (CharNGrams.addIfAbsent(seen, gram)) {
                    grams.add(gram);
                }
            }
        }
        return grams.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void tooShortToTell() {
        assertTrue(IDENTIFIER.identify("12.05.2022 — 3").isEmpty());
    }
}
