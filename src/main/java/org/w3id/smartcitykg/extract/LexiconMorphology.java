package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Inflection from the lexicon alone, for languages without a morphological dictionary. The
 * lexicon lists each head noun's nominative first and its inflected forms after it, so a name
 * whose first word is a listed inflected form ("Univerzity", "Universității") is known to be
 * inflected: the head goes back to its nominative and the words after it that the suffix rules
 * recognise as agreeing adjectives follow. A name whose head is not listed stays as written.
 */
public final class LexiconMorphology implements Morphology {
    private static final List<String> HEAD_CATEGORIES = List.of("org.head", "project.cue", "strategy.cue",
            "network.cue", "programme.cue", "meeting.cue", "municipality.cue");

    /**
     * Languages that glue an article or a possessive to the noun ("Fondul", "общината", "kommunen",
     * "Üniversitesi"): there a listed form the suffix rules do not rewrite may be a nominative.
     */
    private static final java.util.Set<String> GLUED_SUFFIXES = java.util.Set.of("ro", "bg", "mk", "sq", "da", "sv",
            "nb", "nn", "no", "is", "tr");

    private final Lexicon lexicon;
    private final SuffixRules rules;
    /**
     * Whether names put their modifiers, mostly genitives, before a head that declines and has
     * nothing glued to it ("Pietų Kuršo savivaldybė", "Tartu Ülikool").
     */
    private final boolean modifiersFirst;

    public LexiconMorphology(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = SuffixRules.from(lexicon);
        this.modifiersFirst = lexicon.headFinal() && !GLUED_SUFFIXES.contains(lexicon.language());
    }

    @Override
    public Optional<String> lemma(String word) {
        return lexicon.lookupFirst(HEAD_CATEGORIES, word).map(e -> PolishMorphology.withCase(word, e.lemma()));
    }

    @Override
    public Optional<String> nounNominative(String word) {
        return rules.apply(word, "noun").filter(nominative -> !nominative.equals(word));
    }

    /** Adjectives that may stand before a name's head word ("Вінницької міської ради"). */
    private static final int MAX_LEADING_ADJECTIVES = 3;

    @Override
    public String nominative(String phrase) {
        String[] words = phrase.split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return phrase;
        }
        int head = headIndex(words);
        if (head < 0) {
            return phrase;
        }
        String written = words[head];
        Optional<String> nominative = headNominative(written);
        if (nominative.isEmpty()) {
            return phrase;
        }
        words[head] = nominative.get();
        if (modifiersFirst) {
            // the genitives before the head stay as they are: "Liepojos miesto savivaldybės" -> "Liepojos miesto savivaldybė"
            return String.join(" ", words);
        }
        boolean headInflected = !written.equalsIgnoreCase(nominative.get());
        Optional<String> gender = headInflected ? gender(written, nominative.get()) : genderOf(written);
        if (head > 0 && !headInflected && gender.isEmpty()) {
            return phrase;
        }
        // Adjectives before the head agree with it, in gender too ("Подільської агенції" ->
        // "Подільська агенція", "Техничкиот универзитет" -> "Технички универзитет"); any that
        // does not leaves the name as written.
        for (int i = 0; i < head; i++) {
            Optional<String> adjective = agreeing(words[i], gender);
            if (adjective.isEmpty()) {
                return phrase;
            }
            words[i] = adjective.get();
        }
        if (head == 0 && headInflected) {
            for (int i = 1; i < words.length; i++) {
                Optional<String> adjective = Character.isLetter(words[i].charAt(0))
                        ? agreeing(words[i], gender) : Optional.empty();
                if (adjective.isEmpty()) {
                    break;
                }
                words[i] = adjective.get();
            }
        }
        return String.join(" ", words);
    }

    /**
     * The first word the lexicon knows as a head, if only letters stand before it. After
     * adjectives, it must be the last head word of the name: one that another follows is a
     * complement in the genitive ("Kauno miesto savivaldybė"), and the words before it are too.
     */
    private int headIndex(String[] words) {
        for (int i = 0; i < Math.min(words.length, MAX_LEADING_ADJECTIVES + 1); i++) {
            if (words[i].isEmpty() || !Character.isLetter(words[i].charAt(0))) {
                return -1;
            }
            if (lemma(words[i]).isPresent()) {
                return i == 0 || noHeadAfter(words, i) ? i : -1;
            }
        }
        return -1;
    }

    private boolean noHeadAfter(String[] words, int head) {
        for (int i = head + 1; i < words.length; i++) {
            if (lemma(words[i]).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The head word's nominative. The suffix rules know the case endings ("Programului" ->
     * "Programul"); a form they do not rewrite that only adds to the dictionary form goes back to
     * it where names put their genitives first and glue nothing to the noun ("Ülikooli" ->
     * "Ülikool"), and elsewhere stays (an articled "Fondul", a plural "Fondos"); a form that does
     * not start with the dictionary form goes back to it ("Πανεπιστημίου" -> "Πανεπιστήμιο"). A
     * head already in its dictionary form stays.
     */
    private Optional<String> headNominative(String word) {
        String lemma = lemma(word).orElseThrow();
        if (lemma.equalsIgnoreCase(word)) {
            return Optional.of(word);
        }
        if (!Folding.startsWithFolded(word, lemma)) {
            return Optional.of(lemma);
        }
        Optional<String> byRule = rules.apply(word, "noun");
        // A listed form in a language that declines the head of a name after its genitives is an oblique case.
        return byRule.isPresent() || !modifiersFirst ? byRule : Optional.of(lemma);
    }

    /** The gender ("fem") of the noun rule that takes the written head to its nominative, if one does. */
    private Optional<String> gender(String written, String nominative) {
        return rules.rulesTaking(written, nominative, "noun").stream()
                .map(r -> r.partOfSpeech().indexOf(':') < 0 ? "" : r.partOfSpeech().substring(r.partOfSpeech().indexOf(':') + 1))
                .filter(g -> !g.isEmpty()).findFirst();
    }

    /**
     * The gender of a noun in its dictionary form, told by the ending the noun rules give it
     * ("mesto": the neuter rules end in -o), when the longest such ending belongs to one gender only.
     */
    private Optional<String> genderOf(String nominative) {
        String lower = nominative.toLowerCase(java.util.Locale.ROOT);
        int longest = 0;
        java.util.Set<String> genders = new java.util.HashSet<>();
        for (SuffixRules.Rule r : rules.rules()) {
            int colon = r.partOfSpeech().indexOf(':');
            if (!r.partOfSpeech().startsWith("noun:") || r.to().isEmpty() || !lower.endsWith(r.to())
                    || r.to().length() < longest || r.partOfSpeech().endsWith(":pl")) {
                continue;
            }
            if (r.to().length() > longest) {
                longest = r.to().length();
                genders.clear();
            }
            genders.add(r.partOfSpeech().substring(colon + 1));
        }
        return genders.size() == 1 ? Optional.of(genders.iterator().next()) : Optional.empty();
    }

    /** The adjective in the nominative of the head's gender, or of any gender when that is not known. */
    private Optional<String> agreeing(String adjective, Optional<String> gender) {
        return rules.apply(adjective, gender.map(g -> "adj:" + g).orElse("adj"));
    }

    /**
     * Shorter endings than this are also the endings of nominatives ("-a" of "Marina" and of the
     * genitive "Ivana"), so a name is only taken back to its nominative by longer ones.
     */
    private static final int MIN_PERSON_ENDING = 2;

    /**
     * A name whose every word ends in a noun case ending of one gender that no nominative ends
     * in ("Дмитрием Воронцовым", "Janezom Novakom") goes back by those rules; else it stays as written.
     */
    @Override
    public String personNominative(String name) {
        String[] words = name.split(" ");
        for (String gender : List.of("masc", "fem")) {
            String[] nominative = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                Optional<SuffixRules.Rule> rule = rules.longestRule(words[i], "noun:" + gender);
                if (rule.isEmpty() || rule.get().from().length() < MIN_PERSON_ENDING) {
                    nominative = null;
                    break;
                }
                nominative[i] = words[i].substring(0, words[i].length() - rule.get().from().length()) + rule.get().to();
            }
            if (nominative != null) {
                return String.join(" ", nominative);
            }
        }
        return name;
    }
}
