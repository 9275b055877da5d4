package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.Optional;

/**
 * Capitalised words that may name a place: after a locative preposition ("w Radomiu"-like
 * phrases, "în X", "в X") they are strong candidates; elsewhere, outside other names and not
 * first in a sentence, weak ones. The link stage keeps only those the gazetteer knows.
 */
final class PlaceCandidateRecogniser implements Recogniser {
    static final String RULE_PREP = "location.prep+name";
    static final String RULE_TOWN_HEAD = "town-head+name";
    static final String RULE_BARE = "capitalised";
    public static final String AFTER_PREPOSITION = "afterPreposition";
    /** First in its sentence, where any word has a capital: only a large town's own name counts there. */
    public static final String SENTENCE_INITIAL = "sentenceInitial";

    @Override
    public void recognise(TextContext ctx) {
        String text = ctx.text;
        LocativeEndings locative = ctx.locativeEndings();
        int i = 0;
        while (i < text.length()) {
            if ((i == 0 || !CharClasses.isLetterOrDigit(text.charAt(i - 1))) && Names.startsUpper(text, i)) {
                int run = Names.capitalisedRun(text, i, 3);
                int end = text.indexOf(' ', i) < 0 || text.indexOf(' ', i) >= run && !isLexiconWord(ctx, i, run)
                        ? withJoinedWord(text, run) : run;
                if (end > i) {
                    i = Math.max(end, addCandidate(ctx, locative, i, end));
                    continue;
                }
            }
            i++;
        }
    }

    /** A word the lexicon knows (a head noun, a cue) is not the start of a place name. */
    private static boolean isLexiconWord(TextContext ctx, String word) {
        return ctx.lexicon.inAny(LEXICON_WORDS, word);
    }

    /** {@link #isLexiconWord(TextContext, String)} of the text's word in [begin, end). */
    private static boolean isLexiconWord(TextContext ctx, int begin, int end) {
        return ctx.lexicon.inAny(LEXICON_WORDS, ctx.text, begin, end);
    }

    private static final java.util.List<String> LEXICON_WORDS = java.util.List.of("org.head", "municipality.cue",
            "meeting.cue", "project.cue", "programme.cue", "person.function", "honorific", "location.prep");

    /** Adds the candidate the capitalised run [begin, end) holds, if any; returns where reading goes on. */
    private static int addCandidate(TextContext ctx, LocativeEndings locative, int begin, int end) {
        // A person's name is not a place, even when a town has it ("Borislava", "Martin"); a run
        // that runs into a name ("Община Русе Данаил Ковачев") stops before it.
        for (Mention person : ctx.mentions.overlapping(begin, end)) {
            if (person.type() == MentionType.PERSON && person.begin() < end && begin < person.end()) {
                if (person.begin() <= begin) {
                    return end;
                }
                end = person.begin();
                while (end > begin && ctx.text.charAt(end - 1) == ' ') {
                    end--;
                }
            }
        }
        // A word that opens the sentence, and that the document writes elsewhere in lower case, is
        // a common word ("Before the Town Hall …"), not the first word of a name.
        int opening = Names.wordEnd(ctx.text, begin);
        if (opening < end && Names.sentenceInitial(ctx, begin) && !isPlaceCue(ctx, begin, opening)
                && (ctx.writesInLowerCase(ctx.text.substring(begin, opening)) || opensTownCue(ctx, opening, end))) {
            begin = Names.skipSpaces(ctx.text, opening);
        }
        // "La Iași", "In Brno": a preposition that starts the sentence is not part of the name.
        int rest = begin;
        int firstEnd = Names.wordEnd(ctx.text, rest);
        boolean townCue = false;
        boolean nameCue = false;
        while (firstEnd < end) {
            int cueEnd = isPlaceCue(ctx, rest, firstEnd) ? firstEnd : townCueEnd(ctx, rest, end);
            if (cueEnd < 0) {
                break;
            }
            nameCue |= cueEnd != firstEnd;
            townCue |= nameCue || ctx.lexicon.lookup("municipality.cue", ctx.text, rest, firstEnd).isPresent();
            rest = Names.skipSpaces(ctx.text, cueEnd); // "Primăria Municipiului X": every cue word goes
            firstEnd = Names.wordEnd(ctx.text, rest);
        }
        if (rest > begin) {
            // After a town cue ("Община X Данаил …") the town is the next word, not the whole run,
            // unless exactly two capitalised words follow the cue: a town of two words, where a
            // person's name after a one-word town makes three; after a capitalised cue of several
            // words, part of a body's name ("Comhairle Contae Ros Comáin"), the capitalised words
            // up to two that follow it.
            int townEnd = nameCue ? Names.capitalisedRun(ctx.text, rest, 2)
                    : townCue ? Math.min(end, townAfterCueEnd(ctx.text, rest, firstEnd)) : end;
            if (!namesSomethingElse(ctx, rest, Math.min(townEnd, firstEnd))) {
                addStrong(ctx, rest, townEnd);
            }
            return Math.max(end, townEnd);
        }
        if (namesSomethingElse(ctx, begin, end)) {
            return end;
        }
        if (CalendarWords.isCalendarWord(ctx.text.substring(begin, end), ctx.document.language())) {
            return end;
        }
        String firstWord = ctx.text.substring(begin, Names.wordEnd(ctx.text, begin));
        if (isLexiconWord(ctx, firstWord)) {
            // A body's head word and capitalised words after it ("Universität Bremen"): those words
            // may be the place the body is named after, as bare as any capitalised name.
            int next = Names.skipSpaces(ctx.text, begin + firstWord.length());
            boolean head = ctx.lexicon.lookup("org.head", firstWord).isPresent();
            return head && next < end ? Math.max(end, addCandidate(ctx, locative, next, end)) : end;
        }
        // Opening a sentence, an ending is weak evidence: many words that start one end so ("Pärast").
        int locativeEnd = locative.isEmpty() || Names.sentenceInitial(ctx, begin) ? -1
                : locativeEnd(ctx, locative, begin, end);
        end = locativeEnd > 0 ? locativeEnd : end;
        // "Narvas Vaba Lava ruumides": a first word with a one-letter ending is the place, the rest another name.
        int firstWordEnd = Names.wordEnd(ctx.text, begin);
        boolean weakLocative = locativeEnd < 0 && !locative.isEmpty() && !Names.sentenceInitial(ctx, begin)
                && locative.weaklyInflected(ctx.text.substring(begin, firstWordEnd)) && !precededByPreposition(ctx, begin);
        end = weakLocative ? firstWordEnd : end;
        boolean afterPreposition = locativeEnd > 0 || weakLocative || precededByPreposition(ctx, begin)
                || followedByTownWord(ctx, end) && !(Names.sentenceInitial(ctx, begin)
                        && ctx.writesInLowerCase(ctx.text.substring(begin, firstWordEnd)));
        // "primátor Žiliny": as sure a town as after a preposition, but named as the mayor's, not as a venue.
        boolean afterTownHead = !afterPreposition && precededByTownFunction(ctx, begin);
        boolean sentenceInitial = !afterPreposition && !afterTownHead && Names.sentenceInitial(ctx, begin)
                && !Datelines.opensDateline(ctx.text, begin, end);
        if (isCountry(ctx, begin, end)) {
            return end;
        }
        String name = ctx.text.substring(begin, end);
        boolean inflected = locativeEnd > 0 || weakLocative;
        String canonical = name.indexOf(' ') >= 0 ? ctx.morphology.nominative(name)
                : ctx.morphology.lemma(name).or(() -> inflected ? ctx.morphology.nounNominative(name) : Optional.empty())
                        .orElse(name);
        Map<String, String> attributes = new java.util.HashMap<>(Map.of(AFTER_PREPOSITION, Boolean.toString(afterPreposition),
                SENTENCE_INITIAL, Boolean.toString(sentenceInitial), Mention.WEAK_LOCATIVE, Boolean.toString(weakLocative)));
        if (afterTownHead) {
            attributes.put(Mention.AFTER_TOWN_HEAD, "true");
        }
        if ((afterPreposition || afterTownHead) && canonical.equals(name) && name.indexOf(' ') < 0) {
            ctx.morphology.nounNominative(name).ifPresent(guess -> attributes.put(Mention.GUESSED_NOMINATIVE, guess));
        }
        String rule = afterPreposition ? RULE_PREP : afterTownHead ? RULE_TOWN_HEAD : RULE_BARE;
        ctx.add(new Mention(MentionType.CITY, begin, end, name, canonical, "", rule,
                afterPreposition || afterTownHead ? 0.7 : 0.4, withCountry(ctx, end, attributes)));
        return end;
    }

    /**
     * Whether the word after {@code wordEnd} is a town cue with the town's name after it, in the
     * same capitalised run ("Die Stadt X", "Ο Δήμος X", not "X Kommune" or "X City Council"): the word
     * that opens the sentence before it is an article or the like, not part of a name, even in a
     * text too short to write it in lower case elsewhere.
     */
    private static boolean opensTownCue(TextContext ctx, int wordEnd, int end) {
        int next = Names.skipSpaces(ctx.text, wordEnd);
        int nextEnd = Names.wordEnd(ctx.text, next);
        if (next >= end || nextEnd <= next || nextEnd >= end
                || ctx.lexicon.lookup("municipality.cue", ctx.text, next, nextEnd).isEmpty()) {
            return false;
        }
        int name = Names.skipSpaces(ctx.text, nextEnd);
        return !isLexiconWord(ctx, name, Names.wordEnd(ctx.text, name));
    }

    /** The end of the town named after a town cue: its one word, or two when exactly two capitalised words follow. */
    private static int townAfterCueEnd(String text, int begin, int firstEnd) {
        int two = Names.capitalisedRun(text, begin, 2);
        return two > firstEnd && Names.capitalisedRun(text, begin, 3) == two ? two : withJoinedWord(text, firstEnd);
    }

    /**
     * Where a place name in the locative case ends: before a hyphen or colon that joins the ending
     * ("Lyon-ban"), or after its first word with the ending ("Tartus Raekoja …": the ending closes
     * the name); -1 when no word of the run has one.
     */
    private static int locativeEnd(TextContext ctx, LocativeEndings locative, int begin, int end) {
        int joined = locative.joinedNameEnd(ctx.text, begin, end);
        return joined > 0 ? joined : locative.firstInflectedWordEnd(ctx.text, begin, end);
    }

    /** Place names join words with a small word: "Alcalá de Henares", "Frankfurt am Main", "Castell de Ferro". */
    private static int withJoinedWord(String text, int end) {
        int j = Names.skipSpaces(text, end);
        if (j == end || j >= text.length()) {
            return end;
        }
        int je = Names.wordEnd(text, j);
        String joiner = text.substring(j, je);
        int k = Names.skipSpaces(text, je);
        if (PLACE_JOINERS.contains(joiner) && k > je && Names.startsUpper(text, k)) {
            return Names.capitalisedRun(text, k, 2);
        }
        return end;
    }

    private static final java.util.Set<String> PLACE_JOINERS = java.util.Set.of("de", "del", "de la", "di", "da",
            "do", "dos", "das", "am", "an", "im", "ob", "upon", "on", "sur", "en", "la", "le", "les", "nad", "pod");

    private static void addStrong(TextContext ctx, int begin, int end) {
        String name = ctx.text.substring(begin, end);
        if (isLexiconWord(ctx, name.split(" ")[0]) || ctx.lexicon.lookup("programme.cue", name.split(" ")[0]).isPresent()) {
            return;
        }
        if (CalendarWords.isCalendarWord(name, ctx.document.language())) {
            return; // "In March", "w piątek": a month or a weekday, not the village of that name
        }
        String canonical = name.indexOf(' ') < 0 ? ctx.morphology.lemma(name).orElse(name)
                : ctx.morphology.nominative(name);
        if (isCountry(ctx, begin, end)) {
            return;
        }
        ctx.add(new Mention(MentionType.CITY, begin, end, name, canonical, "", RULE_PREP, 0.7,
                withCountry(ctx, end, Map.of(AFTER_PREPOSITION, "true"))));
    }

    /**
     * A word that heads a quoted name ("Sala „Vasile Pogor”", "Hotel «Europa»") is a common noun
     * of the thing named; a short lone word in capitals ("PED", "NTIT") is an acronym, unless a
     * preposition of place or a dateline says it is a place.
     */
    private static boolean namesSomethingElse(TextContext ctx, int begin, int end) {
        // An opening quote stands after a space and before the name; a closing one ("Elbe“ wird") right after a word.
        int next = Names.skipSpaces(ctx.text, end);
        if (next > end && next + 1 < ctx.text.length() && "„“\"«‚‘".indexOf(ctx.text.charAt(next)) >= 0
                && Character.isLetterOrDigit(ctx.text.charAt(next + 1))) {
            return true;
        }
        String word = ctx.text.substring(begin, end);
        return word.length() >= 2 && word.length() <= MAX_ACRONYM && isCapitals(word)
                && !(end < ctx.text.length() && ctx.text.charAt(end) == '-')
                && !Names.precededBy(ctx, begin, "location.prep") && !Datelines.opensDateline(ctx.text, begin, end);
    }

    /** Longer than this, a word in capitals is more often a name written in capitals ("SIERPC-LIKE") than an acronym. */
    private static final int MAX_ACRONYM = 5;

    private static boolean isCapitals(String word) {
        return word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean isCountry(TextContext ctx, int begin, int end) {
        return ctx.mentions.containing(begin, end).stream().anyMatch(m -> m.type() == MentionType.COUNTRY);
    }

    /** "X, Country", "X (Country)", "X – Country": the country written right after the place. */
    private static Map<String, String> withCountry(TextContext ctx, int end, Map<String, String> attributes) {
        int i = end;
        while (i < ctx.text.length() && i - end < 4 && " ,(–-\u00A0".indexOf(ctx.text.charAt(i)) >= 0) {
            i++;
        }
        int at = i;
        return ctx.mentions.beginningAt(at).stream().filter(m -> m.type() == MentionType.COUNTRY).findFirst()
                .map(country -> {
                    Map<String, String> with = new java.util.HashMap<>(attributes);
                    with.put(CountryRecogniser.CODE, country.attribute(CountryRecogniser.CODE).orElseThrow());
                    return Map.copyOf(with);
                }).orElse(attributes);
    }

    /** A locative preposition, or a word for a town ("gr.", "municipiul", "Gminie") before its name. */
    /** Whether the text's word in [begin, end) is a preposition of place or a word for a town. */
    private static boolean isPlaceCue(TextContext ctx, int begin, int end) {
        return ctx.lexicon.inAny(PLACE_CUES, ctx.text, begin, end);
    }

    private static final java.util.List<String> PLACE_CUES = java.util.List.of("location.prep", "municipality.cue");

    /**
     * Whether a word for a town or its council follows, in lower case: where names put the place
     * first, in the genitive ("Kauno miesto savivaldybė"), the name before it is a place as
     * surely as one after a preposition, and as likely to be inflected.
     */
    private static boolean followedByTownWord(TextContext ctx, int end) {
        int next = Names.skipSpaces(ctx.text, end);
        if (next == end || next >= ctx.text.length() || !Character.isLowerCase(ctx.text.charAt(next))
                || startsCue(ctx, end)) {
            return false;
        }
        return ctx.lexicon.lookup("municipality.cue", ctx.text, next, Names.wordEnd(ctx.text, next)).isPresent();
    }

    /** The end of a town cue of several words that starts at {@code begin} and ends before {@code end} ("Comhairle Contae X"), or -1. */
    private static int townCueEnd(TextContext ctx, int begin, int end) {
        return ctx.hitsIn("municipality.cue", begin, end).stream()
                .filter(h -> h.begin() == begin && h.end() < end).mapToInt(Lexicon.Hit::end).max().orElse(-1);
    }

    /** Whether a town cue of several words runs over {@code offset} ("Mestne občine": the name is part of it). */
    private static boolean startsCue(TextContext ctx, int offset) {
        return ctx.hitsIn("municipality.cue", 0, ctx.text.length()).stream()
                .anyMatch(h -> h.begin() < offset && h.end() > offset);
    }

    /**
     * "primátor Žiliny", "градоначелник Ниша": a town's head written before the town's name, in
     * the genitive, says the name is a town as surely as a preposition does.
     */
    private static boolean precededByTownFunction(TextContext ctx, int begin) {
        int wordStart = Names.previousWordStart(ctx.text, begin);
        if (wordStart < 0 || !Character.isLowerCase(ctx.text.charAt(wordStart))) {
            return false;
        }
        int wordEnd = Names.wordEnd(ctx.text, wordStart);
        return ctx.lexicon.lookup("person.function", ctx.text, wordStart, wordEnd)
                .filter(e -> e.attribute().equals(TOWN_HEAD)).isPresent();
    }

    /** The attribute of the functions that head a town (mayor, its deputy). */
    static final String TOWN_HEAD = "town";

    private static boolean precededByPreposition(TextContext ctx, int begin) {
        int j = begin;
        while (j > 0 && ctx.text.charAt(j - 1) == ' ') {
            j--;
        }
        int ws = j;
        // A preposition glued to the name by a hyphen or an apostrophe ("fil-Mosta", "f'Marsaxlokk").
        if (j == begin && j > 1 && "-'’".indexOf(ctx.text.charAt(j - 1)) >= 0 && Character.isLetter(ctx.text.charAt(j - 2))) {
            ws--;
        }
        while (ws > 0 && (Character.isLetter(ctx.text.charAt(ws - 1)) || ctx.text.charAt(ws - 1) == '.')) {
            ws--;
        }
        return ws < j && isPlaceCue(ctx, ws, j);
    }
}
