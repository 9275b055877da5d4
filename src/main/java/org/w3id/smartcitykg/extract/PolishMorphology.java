package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Polish inflection from Morfologik's dictionary: each word's readings (lemma, part of speech,
 * number, case, gender), the head of a name found by agreement, and the lexicon's suffix rules
 * for the words the dictionary does not know (most surnames).
 */
public final class PolishMorphology implements Morphology {
    /** Morfologik's stemmers keep a buffer: one per thread. */
    private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    /**
     * Each thread's readings of the words it met last: a corpus repeats its words, and a lookup
     * in the dictionary's automaton costs far more than a hash. Bounded, oldest out first.
     */
    private final ThreadLocal<Map<String, List<Reading>>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Reading>> eldest) {
                    return size() > RECENT_WORDS;
                }
            });
    private static final int RECENT_WORDS = 50_000;
    private final SuffixRules rules;

    public PolishMorphology(SuffixRules rules) {
        this.rules = rules;
    }

    /** One analysis of a word: "subst:sg:gen:f" read as its parts. */
    record Reading(String lemma, String pos, String number, String grammaticalCase, String gender) {
        boolean agreesWith(Reading other) {
            return number.equals(other.number) && grammaticalCase.equals(other.grammaticalCase)
                    && genderFamily(gender).equals(genderFamily(other.gender));
        }

        boolean isNoun() {
            return pos.equals("subst") || pos.equals("depr");
        }
    }

    @Override
    public Optional<String> lemma(String word) {
        return readings(word).stream().filter(Reading::isNoun).map(Reading::lemma).findFirst();
    }

    @Override
    public String nominative(String phrase) {
        String[] words = phrase.split(" ");
        int head = findHead(words);
        if (head < 0) {
            return phrase;
        }
        Optional<Reading> headReading = chooseReading(words, head);
        if (headReading.isEmpty() || headReading.get().grammaticalCase().equals("nom")) {
            return phrase;
        }
        Reading target = headReading.get();
        String[] out = words.clone();
        out[head] = withCase(words[head], target.lemma());
        for (int i = head - 1; i >= 0 && convertIfAgreeing(words, out, i, target); i--) {
            // adjectives before the head ("Miejskiego Ośrodka")
        }
        for (int i = head + 1; i < words.length && convertIfAgreeing(words, out, i, target); i++) {
            // adjectives after the head ("Politechniki Warszawskiej")
        }
        return String.join(" ", out);
    }

    @Override
    public boolean isCommonWord(String word) {
        List<Reading> readings = readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> Character.isLowerCase(r.lemma().charAt(0)));
    }

    private static final java.util.regex.Pattern FEMININE_SURNAME = java.util.regex.Pattern.compile(".*(ska|cka|dzka|owa|ówna)");

    @Override
    public String personNominative(String name) {
        String[] words = name.split(" ");
        boolean feminineSurname = words.length > 1 && FEMININE_SURNAME.matcher(words[words.length - 1]).matches();
        // "Pawła" is a rare woman's name and the genitive of Paweł: the man is meant, unless the surname is a woman's.
        Optional<Reading> firstName = readings(words[0]).stream()
                .filter(r -> r.isNoun() && (r.gender().startsWith("m1") || r.gender().equals("f")))
                .filter(r -> r.number().equals("sg"))
                .min(java.util.Comparator.comparing((Reading r) -> r.gender().equals("f") == feminineSurname ? 0 : 1)
                        .thenComparing(r -> r.grammaticalCase().equals("nom") ? 0 : 1));
        if (firstName.isEmpty() || firstName.get().grammaticalCase().equals("nom")) {
            return name;
        }
        Reading target = firstName.get();
        String[] out = words.clone();
        out[0] = withCase(words[0], target.lemma());
        String pos = "noun:" + (target.gender().equals("f") ? "fem" : "masc") + ":" + target.grammaticalCase();
        for (int i = 1; i < words.length; i++) {
            int index = i;
            out[i] = readings(words[i]).stream()
                    .filter(r -> r.isNoun() || r.pos().equals("adj"))
                    .filter(r -> r.agreesWith(target))
                    .map(r -> withCase(words[index], r.lemma()))
                    .findFirst()
                    .or(() -> rules.apply(words[index], pos))
                    .or(() -> rules.apply(words[index], "noun:" + (target.gender().equals("f") ? "fem" : "masc")))
                    .orElse(words[i]);
        }
        return String.join(" ", out);
    }

    /** The first noun among the first three words: names start with their head or its adjectives. */
    private int findHead(String[] words) {
        for (int i = 0; i < Math.min(3, words.length); i++) {
            String word = words[i];
            if (readings(word).stream().anyMatch(r -> r.isNoun() && !isProperOnly(r, word))) {
                return i;
            }
        }
        return -1;
    }

    /** A capitalised word read only as a proper name (Warszawska, a street) is not a head noun. */
    private static boolean isProperOnly(Reading r, String word) {
        return Character.isUpperCase(r.lemma().charAt(0)) && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The head's reading: the one a neighbouring adjective agrees with, else singular before
     * plural (institutions are singular), nominative first.
     */
    private Optional<Reading> chooseReading(String[] words, int head) {
        List<Reading> heads = readings(words[head]).stream().filter(Reading::isNoun)
                .filter(r -> !isProperOnly(r, words[head])).toList();
        for (int neighbour : new int[] {head + 1, head - 1}) {
            if (neighbour < 0 || neighbour >= words.length) {
                continue;
            }
            for (Reading h : heads) {
                if (readings(words[neighbour]).stream().anyMatch(r -> r.agreesWith(h) && !r.isNoun()
                        || r.agreesWith(h) && r.pos().equals("adj"))) {
                    return Optional.of(h);
                }
            }
        }
        return heads.stream().min(java.util.Comparator
                .comparing((Reading r) -> r.number().equals("sg") ? 0 : 1)
                .thenComparing(r -> r.grammaticalCase().equals("nom") ? 0 : 1));
    }

    private boolean convertIfAgreeing(String[] words, String[] out, int i, Reading head) {
        for (Reading r : readings(words[i])) {
            if (r.pos().equals("adj") && r.agreesWith(head)) {
                out[i] = withCase(words[i], adjectiveNominative(r.lemma(), head.gender(), head.number()));
                return true;
            }
        }
        return false;
    }

    /** Morfologik's adjective lemma is masculine singular: make it agree with the head. */
    static String adjectiveNominative(String masculine, String gender, String number) {
        if (number.equals("pl")) {
            return masculine;
        }
        String family = genderFamily(gender);
        if (family.equals("f")) {
            return masculine.endsWith("i") || masculine.endsWith("y")
                    ? masculine.substring(0, masculine.length() - 1) + "a" : masculine;
        }
        if (family.equals("n")) {
            if (masculine.endsWith("ki") || masculine.endsWith("gi")) {
                return masculine + "e";
            }
            return masculine.endsWith("y") ? masculine.substring(0, masculine.length() - 1) + "e" : masculine;
        }
        return masculine;
    }

    static String genderFamily(String gender) {
        return gender.startsWith("m") ? "m" : gender.startsWith("p") ? "p" : gender;
    }

    /** The lemma written like the word: capitalised, or in capitals, as the word was. */
    static String withCase(String written, String lemma) {
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            return lemma.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
        }
        return lemma;
    }

    /** Every reading of the word as written and in lower case, alternatives ("gen.acc") expanded. */
    List<Reading> readings(String word) {
        Map<String, List<Reading>> known = recent.get();
        List<Reading> readings = known.get(word);
        if (readings == null) {
            readings = List.copyOf(lookUp(word));
            known.put(word, readings);
        }
        return readings;
    }

    private List<Reading> lookUp(String word) {
        Set<String> forms = new LinkedHashSet<>(List.of(word, word.toLowerCase(Locale.ROOT)));
        List<Reading> readings = new ArrayList<>();
        PolishStemmer s = stemmer.get();
        for (String form : forms) {
            for (WordData d : s.lookup(form)) {
                String lemma = d.getStem().toString();
                for (String tag : d.getTag().toString().split("\\+")) {
                    expand(lemma, tag.split(":"), readings);
                }
            }
        }
        return readings;
    }

    private static void expand(String lemma, String[] parts, List<Reading> out) {
        if (parts.length < 4 || !(parts[0].equals("subst") || parts[0].equals("adj") || parts[0].equals("depr"))) {
            return;
        }
        for (String number : parts[1].split("\\.")) {
            for (String c : parts[2].split("\\.")) {
                for (String g : parts[3].split("\\.")) {
                    out.add(new Reading(lemma, parts[0], number, c, g));
                }
            }
        }
    }
}
