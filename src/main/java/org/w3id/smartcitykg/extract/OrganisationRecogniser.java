package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation is a capitalised head noun ("Urząd", "Universitatea", "Община") followed by
 * capitalised words and the small words that join them, or capitalised words before a legal form
 * ("… Sp. z o.o.", "… GmbH").
 */
final class OrganisationRecogniser implements Recogniser {
    static final String RULE = "org.head";
    private static final int MAX_WORDS = 8;
    /** Joining words inside names, across languages; kept short on purpose. */
    private static final Set<String> JOINERS = Set.of("i", "a", "e", "y", "u", "w", "we", "z", "na", "dla",
            "de", "din", "și", "si", "la", "du", "des", "der", "di", "del", "della", "per", "für", "und",
            "and", "of", "for", "the", "за", "и", "в", "на", "по", "pro", "pre", "ir", "un", "ja", "és", "en",
            "van", "von", "vom", "voor", "zur", "zum", "da", "do", "dos", "das", "od", "ve", "v", "för", "och",
            "og", "af", "på", "et", "za", "pentru", "dei", "degli", "delle", "dello", "al", "le", "les", "ta", "tal", "ar", "ag");

    private static final java.util.List<String> NOT_NAME_WORDS = java.util.List.of("person.function", "honorific",
            "partner.cue", "lead.cue", "project.cue", "meeting.cue", "participation.cue", "location.prep");

    /** Before a head, a programme's or a plan's name is another name ("Programma … Città …"). */
    private static final java.util.List<String> LEFT_STOP_WORDS = java.util.stream.Stream.concat(
            NOT_NAME_WORDS.stream(), java.util.stream.Stream.of("programme.cue", "strategy.cue", "network.cue"))
            .toList();

    @Override
    public void recognise(TextContext ctx) {
        List<Lexicon.Hit> heads = ctx.hits("org.head");
        boolean headFinal = ctx.lexicon.headFinal();
        for (int k = 0; k < heads.size(); k++) {
            Lexicon.Hit hit = withoutElidedArticle(ctx.text, heads.get(k));
            if (ctx.covered(hit.begin(), hit.end())) {
                continue;
            }
            if (headFinal && headFinalName(ctx, heads, k)) {
                continue;
            }
            if (!Names.startsUpper(ctx.text, hit.begin())) {
                adjectiveLedName(ctx, hit);
                continue;
            }
            int end = SENTENCE_CASE_NAMES.contains(ctx.document.language())
                    && !hit.entry().attribute().equals("Municipality") // "Община X" is cue and town
                    ? Math.max(extend(ctx, hit.end()), extendSentenceCase(ctx, hit.end())) : extend(ctx, hit.end());
            int begin = extendLeft(ctx, hit.begin());
            if (insideOtherName(ctx, capitalisedBefore(ctx.text, hit.begin()), hit.begin())) {
                continue; // "Programma Operativo Nazionale Città …" names a programme, not a city body
            }
            String type = hit.entry().attribute().isEmpty() ? "Partner" : hit.entry().attribute();
            // "Urząd Miejski w X", "Primăria Municipiului X": a town's own body, whatever its head noun.
            if (ctx.hitsIn("municipality.cue", begin, end).stream()
                    .anyMatch(c -> c.begin() == begin && c.entry().attribute().equals("Municipality")
                            && c.end() > hit.end())) {
                type = "Municipality";
            }
            // A head noun alone ("University", "Fundacja") names no particular organisation.
            if (end > hit.end() || begin < hit.begin()) {
                String name = ctx.text.substring(begin, end);
                ctx.add(new Mention(MentionType.PARTNER, begin, end, name, ctx.morphology.nominative(name), type,
                        RULE, 0.7, Map.of()));
            }
        }
        for (Lexicon.Hit legal : ctx.hits("org.legal")) {
            int begin = capitalisedBefore(ctx.text, writtenAsLegalForm(legal) ? sentenceCaseStart(ctx, legal.begin()) : legal.begin());
            if (begin < legal.begin() && !ctx.covered(begin, legal.end())) {
                String name = ctx.text.substring(begin, legal.end());
                String type = legal.entry().attribute().isEmpty() ? "Company" : legal.entry().attribute();
                ctx.add(new Mention(MentionType.PARTNER, begin, legal.end(), name, name, type, "org.legal", 0.8,
                        Map.of()));
            }
        }
    }

    /**
     * "l'Université", "dell’Agenzia", "d'Institut": the lexicon lists a head with its elided
     * article, but the name starts after the apostrophe.
     */
    static Lexicon.Hit withoutElidedArticle(String text, Lexicon.Hit hit) {
        for (int i = hit.begin() + 1; i < Math.min(hit.end() - 1, hit.begin() + MAX_ELIDED); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                return new Lexicon.Hit(i + 1, hit.end(), text.substring(i + 1, hit.end()), hit.entry());
            }
            if (!Character.isLetter(c)) {
                break;
            }
        }
        return hit;
    }

    /** "l'", "dell'", "dall'", "sull'": the longest elided article. */
    private static final int MAX_ELIDED = 6;

    /**
     * "Razvojna agencija Sjever", "Turistička zajednica Međimurske županije", "Regionální rozvojová
     * agentura": names that capitalise only their first word, an adjective before a lower-case
     * head, then the head's complement: one capitalised word before the head, with none before
     * it. Not at a sentence's start, where any word is capitalised.
     */
    private static void adjectiveLedName(TextContext ctx, Lexicon.Hit hit) {
        int begin = adjectivesBefore(ctx, hit.begin());
        // One capitalised word, itself after no capitalised word: "Ana Horvat iz tvrtke X" is a person and a company.
        if (begin >= hit.begin() || !Names.startsUpper(ctx.text, begin) || Names.sentenceInitial(ctx, begin)
                || Names.startsUpper(ctx.text, wordBefore(ctx.text, begin))
                || LEFT_STOP_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, ctx.text, begin,
                        Names.wordEnd(ctx.text, begin)).isPresent())) {
            return;
        }
        int end = listedNext(ctx, hit.end()) ? hit.end() : SENTENCE_CASE_NAMES.contains(ctx.document.language())
                ? Math.max(extend(ctx, hit.end()), extendSentenceCase(ctx, hit.end())) : extend(ctx, hit.end());
        int next = Names.skipSpaces(ctx.text, end);
        int nextEnd = Names.wordEnd(ctx.text, next);
        if (end > hit.end() && nextEnd > next && !Names.startsUpper(ctx.text, next)
                && ctx.lexicon.lookup("org.head", ctx.text, next, nextEnd).isPresent()) {
            end = nextEnd; // "… Međimurske županije": the complement's own head noun
        }
        if (!ctx.covered(begin, end)) {
            String name = ctx.text.substring(begin, end);
            String type = hit.entry().attribute().isEmpty() ? "Partner" : hit.entry().attribute();
            ctx.add(new Mention(MentionType.PARTNER, begin, end, name, ctx.morphology.nominative(name), type,
                    RULE + ":adjective-led", 0.6, Map.of()));
        }
    }

    /**
     * Whether a list conjunction and another body's head follow {@code end} ("Jihočeské energetické
     * agentury a Nadace X"): a name its adjectives already make whole does not share what follows,
     * as a bare head does ("the City and County of X").
     */
    private static boolean listedNext(TextContext ctx, int end) {
        int next = Names.skipSpaces(ctx.text, end);
        int nextEnd = Names.wordEnd(ctx.text, next);
        if (nextEnd <= next || !listConjunction(ctx, ctx.text.substring(next, nextEnd))) {
            return false;
        }
        int after = Names.skipSpaces(ctx.text, nextEnd);
        return startsHead(ctx, after) || startsHeadFinalName(ctx, after);
    }

    /** How many lower-case adjectives may stand between an adjective-led name's capital and its head. */
    private static final int MAX_LOWER_ADJECTIVES = 2;

    /**
     * The capitalised word that leads the adjectives before a lower-case head ("Jihočeské
     * energetické agentury", "Žilinská energetická agentúra"): the words between agree with it,
     * ending in its last letter, as adjectives of one noun do; {@code head} if there is none.
     */
    private static int adjectivesBefore(TextContext ctx, int head) {
        String lastLetters = "";
        int b = wordBefore(ctx.text, head);
        for (int k = 0; k <= MAX_LOWER_ADJECTIVES && b < head; k++) {
            String word = ctx.text.substring(b, Names.wordEnd(ctx.text, b));
            if (Names.startsUpper(ctx.text, b)) {
                char ending = word.charAt(word.length() - 1);
                return lastLetters.chars().allMatch(c -> c == ending) ? b : head;
            }
            if (JOINERS.contains(word) || !word.chars().allMatch(Character::isLetter)
                    || LEFT_STOP_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, word).isPresent())) {
                return head;
            }
            lastLetters += word.charAt(word.length() - 1);
            int previous = wordBefore(ctx.text, b);
            if (previous == b) {
                return head;
            }
            b = previous;
        }
        return head;
    }

    /** The start of the word before {@code offset} (past spaces), or {@code offset} if none. */
    private static int wordBefore(String text, int offset) {
        int j = offset;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        int b = j;
        while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return b < j ? b : offset;
    }

    /** The lexicon category that says how a language orders an organisation's name. */
    static final String NAME_ORDER = "name.order";
    static final String HEAD_FINAL = "head-final";

    /**
     * Languages that put the head noun last ("Oulun yliopisto", "Vilniaus miesto savivaldybė",
     * "Uppsala universitet", "Megyei Önkormányzat"): the name is the capitalised words before the
     * head, often a place in the genitive, and ends with the head or a run of heads; the head may
     * be written in lower case. False when no name stands before the head: then it leads.
     */
    private static boolean headFinalName(TextContext ctx, List<Lexicon.Hit> heads, int k) {
        Lexicon.Hit hit = heads.get(k);
        int begin = namedBefore(ctx, hit.begin());
        if (begin == hit.begin()) {
            return false; // "på Professionshøjskolen Nordkysten": these languages put the head first too
        }
        int end = hit.end();
        for (int j = k + 1; j < heads.size() && heads.get(j).begin() == Names.skipSpaces(ctx.text, end); j++) {
            end = heads.get(j).end(); // "miesto savivaldybės administracija"
        }
        // "… keskuksessa": in the centre, a place where something happens, not a partner; a town's
        // own body is one wherever it stands ("… savivaldybėje").
        if (!"Municipality".equals(hit.entry().attribute())
                && ctx.locativeEndings().inflected(ctx.text.substring(heads.get(k).begin(), end))) {
            return true;
        }
        if (!ctx.covered(begin, end)) {
            String name = ctx.text.substring(begin, end);
            String type = hit.entry().attribute().isEmpty() ? "Partner" : hit.entry().attribute();
            ctx.add(new Mention(MentionType.PARTNER, begin, end, name, ctx.morphology.nominative(name), type,
                    RULE + ":head-final", 0.7, Map.of()));
        }
        return true;
    }

    /**
     * The start of the capitalised words before a head-final name's head, with joiners between
     * them ("Fejlesztési és Közlekedési"); a cue or function word is no part of it.
     */
    private static int namedBefore(TextContext ctx, int head) {
        String text = ctx.text;
        int begin = head;
        int i = head;
        StringBuilder lowerWords = new StringBuilder();
        boolean fundHead = ctx.lexicon.lookup("programme.cue", text.substring(head, Names.wordEnd(text, head))).isPresent();
        for (int words = 0; words < MAX_WORDS; words++) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            int ws = j;
            while (ws > 0 && (Character.isLetterOrDigit(text.charAt(ws - 1)) || "-.&".indexOf(text.charAt(ws - 1)) >= 0)) {
                ws--;
            }
            if (ws == j) {
                break;
            }
            String word = text.substring(ws, j);
            if (ctx.lexicon.lookup("org.legal", word).isPresent()) {
                break; // "VTT Oy ja Oulun yliopisto": a legal form ends the organisation before this one
            }
            boolean joiner = JOINERS.contains(word) && begin < head;
            if (joiner && partnerEndsBefore(ctx, ws)) {
                break; // "Høgskulen på Vestlandet og Bergen kommune": a name found before the "og" is another
            }
            boolean stop = LEFT_STOP_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, word).isPresent());
            // "Dzūkijos energetikos agentūra", "Tampereen teknillinen yliopisto": lower-case words
            // that agree with the capital before them belong to the name
            // (not before a fund's head, where they name a programme: "Eiropas Reģionālās attīstības fonds")
            if (!joiner && !stop && !fundHead && begin == head && !Names.startsUpper(text, ws)
                    && lowerWords.length() < MAX_LOWER_ADJECTIVES
                    && word.chars().allMatch(Character::isLetter)) {
                lowerWords.append(word.charAt(word.length() - 1));
                i = ws;
                continue;
            }
            if (!joiner && (!Names.startsUpper(text, ws) || stop)) {
                break;
            }
            if (!joiner) {
                if (begin == head && !lowerWords.chars().allMatch(c -> c == word.charAt(word.length() - 1))) {
                    break;
                }
                begin = ws;
            }
            i = ws;
        }
        return begin;
    }

    /**
     * Extend over capitalised words, and joiners that are followed by a capitalised word; a form
     * of address or a function ("i Pan …", "und Bürgermeister …") ends the name.
     */
    private static int extend(TextContext ctx, int from) {
        String text = ctx.text;
        int end = from;
        int i = Names.skipSpaces(text, from);
        for (int words = 0; words < MAX_WORDS && i < text.length(); words++) {
            int we = Names.wordEnd(text, i);
            if (we == i) {
                break;
            }
            String word = text.substring(i, we);
            if (Names.startsUpper(text, i)) {
                if (NOT_NAME_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, word).isPresent())) {
                    break;
                }
                end = we;
                if (ctx.lexicon.lookup("org.legal", word).isPresent()) {
                    break; // "X GmbH und Y": a legal form closes the name
                }
            } else if (!JOINERS.contains(word.toLowerCase()) || !Names.startsUpper(text, listConjunction(ctx, word) ? Names.skipSpaces(text, we) : afterJoiner(text, we))
                    || startsPersonOrFunction(ctx, Names.skipSpaces(text, we))
                    || end > from && listedNext(ctx, i)) {
                // "A University and B Institute" are two, and so are "A University og B kommune"; a bare
                // head shares what follows ("the City and County of X")
                break;
            }
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            i = Names.skipSpaces(text, we);
        }
        return end;
    }

    /**
     * Where the word after {@code wordEnd} begins, past one more joiner: a preposition and an
     * article ("Istituto per le Tecnologie …", "Instituto de la Vivienda") join a name as one
     * does; the article is then read as the next word. Not after a list conjunction: "X и на Y"
     * are two.
     */
    private static int afterJoiner(String text, int wordEnd) {
        int next = Names.skipSpaces(text, wordEnd);
        int nextEnd = Names.wordEnd(text, next);
        boolean joiner = nextEnd > next && !Names.startsUpper(text, next)
                && JOINERS.contains(text.substring(next, nextEnd).toLowerCase());
        return joiner && nextEnd < text.length() && text.charAt(nextEnd) == ' ' ? Names.skipSpaces(text, nextEnd) : next;
    }

    /** The length of the short function words (prepositions) that no name's noun has. */
    private static final int MAX_SHORT_WORD = 2;

    /** Languages whose organisation names capitalise only their first word ("Университет за наука и …"). */
    private static final Set<String> SENTENCE_CASE_NAMES = Set.of("bg", "mk", "ru", "uk", "sr", "be", "hr", "bs", "sl",
            "cs", "sk");

    /**
     * A sentence-case name: lower-case words and joiners after the head, up to punctuation, a
     * cue word, or a joiner that leads into lower-case words ("… в X и други партньори"), and
     * never ending on a joiner; at most eight words.
     */
    private static int extendSentenceCase(TextContext ctx, int from) {
        String text = ctx.text;
        int end = from;
        int i = from;
        boolean afterJoiner = false;
        for (int words = 0; words < 8 && i < text.length() && text.charAt(i) == ' '; words++) {
            int next = Names.skipSpaces(text, i);
            int we = Names.wordEnd(text, next);
            if (we == next) {
                break;
            }
            String w = text.substring(next, we);
            if (LEFT_STOP_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, w).isPresent() && !JOINERS.contains(w))) {
                break;
            }
            if (JOINERS.contains(w.toLowerCase())) {
                int after = Names.skipSpaces(text, we);
                if (after < text.length() && Names.startsUpper(text, after) && !w.equals("и") && !w.equals("i")) {
                    i = we; // "в X": the place closes the name
                    afterJoiner = true;
                    continue;
                }
                if (w.equals("и") || w.equals("i") || listConjunction(ctx, w)) {
                    int afterEnd = Names.wordEnd(text, after);
                    // "наука и технологии" continues; "X и други …", "и Y" (a new name), "и фирма X"
                    // (a new organisation) and "a s X" (a preposition and a new name) do not
                    if (afterEnd == after || Names.startsUpper(text, after) || end == from || startsHead(ctx, after)
                            || afterEnd - after <= MAX_SHORT_WORD) {
                        break;
                    }
                }
                afterJoiner = true;
                i = we;
                continue;
            }
            if (Names.startsUpper(text, next) && end > from && !afterJoiner
                    && Names.capitalisedRun(text, next, 2) > we) {
                break; // "… městské akustiky Radek Svoboda": a person's name after the lower-case words
            }
            if (ctx.lexicon.lookup("date.conj", w).isPresent()) {
                break; // "… županija te …": a conjunction that joins no name words ends the name
            }
            end = we;
            i = we;
            if (Names.startsUpper(text, next)) {
                break; // a name after the words ("… в X") closes it
            }
            afterJoiner = false;
        }
        return end;
    }

    /** The capitalised run before the head opens with a programme's cue: the whole is a programme's name. */
    private static boolean insideOtherName(TextContext ctx, int from, int head) {
        if (from >= head) {
            return false;
        }
        String first = ctx.text.substring(from, Names.wordEnd(ctx.text, from));
        return ctx.lexicon.lookup("programme.cue", first).isPresent();
    }

    private static boolean listConjunction(TextContext ctx, String word) {
        return ctx.lexicon.lookup("date.conj", word).filter(e -> "list".equals(e.attribute())).isPresent();
    }

    /** Whether an organisation's head noun begins at {@code offset}: "A University and B Institute" are two. */
    private static boolean startsHead(TextContext ctx, int offset) {
        List<Lexicon.Hit> heads = ctx.hits("org.head");
        int k = TextContext.firstAtOrAfter(heads.size(), j -> heads.get(j).begin(), offset);
        return k < heads.size() && heads.get(k).begin() == offset;
    }

    /** Whether an organisation already found ends with the word before {@code offset}. */
    private static boolean partnerEndsBefore(TextContext ctx, int offset) {
        int end = offset;
        while (end > 0 && ctx.text.charAt(end - 1) == ' ') {
            end--;
        }
        int wordEnd = end;
        return end > 0 && ctx.mentions.overlapping(end - 1, end).stream()
                .anyMatch(m -> m.type() == MentionType.PARTNER && m.end() == wordEnd);
    }

    /** Capitalised words then a head in lower case ("Bergen kommune", "Kauno rajono savivaldybė"): a name of its own. */
    private static boolean startsHeadFinalName(TextContext ctx, int offset) {
        int runEnd = Names.capitalisedRun(ctx.text, offset, MAX_WORDS);
        int next = Names.skipSpaces(ctx.text, runEnd);
        return runEnd > offset && next > runEnd && next < ctx.text.length()
                && Character.isLowerCase(ctx.text.charAt(next)) && startsHead(ctx, next);
    }

    private static boolean startsPersonOrFunction(TextContext ctx, int offset) {
        String next = ctx.text.substring(offset, Names.wordEnd(ctx.text, offset));
        return ctx.lexicon.lookup("honorific", next).isPresent() || ctx.lexicon.lookup("person.function", next).isPresent();
    }

    /**
     * Capitalised words just before the head ("Ghent University", "Aarhus Kommune"), but not the
     * first word of a sentence, which is capitalised for another reason.
     */
    private static int extendLeft(TextContext ctx, int head) {
        int begin = capitalisedBefore(ctx.text, head);
        // "Burmistrz Miasta", "Partner Projektu": a function or a cue word is not part of the name.
        for (int b = begin; b < head; b = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, b))) {
            String word = ctx.text.substring(b, Names.wordEnd(ctx.text, b));
            if (LEFT_STOP_WORDS.stream().anyMatch(c -> ctx.lexicon.lookup(c, word).isPresent())) {
                begin = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, b));
            }
        }
        while (begin < head && Names.sentenceInitial(ctx, begin)
                && ctx.lexicon.lookup("org.head", ctx.text, begin, Names.wordEnd(ctx.text, begin)).isEmpty()) {
            begin = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, begin));
        }
        return begin;
    }

    /** The start of the run of capitalised words that ends just before {@code legalFormStart}. */
    /** The most lower-case words a company's name may end in before its legal form ("Solarni val d.o.o."). */
    private static final int MAX_LOWER_CASE_TAIL = 2;

    /**
     * Where the capitalised part of a name ends before a legal form: right there, or, where the
     * name capitalises only its first word ("Solarni val d.o.o.", "Arinan kiinteistöt Oy"),
     * before its lower-case words, if at most {@value #MAX_LOWER_CASE_TAIL} of them lead back to a
     * capitalised word that does not open the sentence.
     */
    private static int sentenceCaseStart(TextContext ctx, int legalFormStart) {
        String text = ctx.text;
        int i = legalFormStart;
        for (int words = 0; words < MAX_LOWER_CASE_TAIL; words++) {
            int ws = Names.previousWordStart(text, i);
            if (ws < 0 || Names.wordEnd(text, ws) != Names.skipSpacesBack(text, i)) {
                return legalFormStart;
            }
            if (Names.startsUpper(text, ws)) {
                return words == 0 || Names.sentenceInitial(ctx, ws) ? legalFormStart : i;
            }
            if (ctx.lexicon.inAny(LEFT_STOP_WORDS, text.substring(ws, Names.wordEnd(text, ws)))) {
                return legalFormStart;
            }
            i = ws;
        }
        int ws = Names.previousWordStart(text, i);
        return ws >= 0 && Names.wordEnd(text, ws) == Names.skipSpacesBack(text, i) && Names.startsUpper(text, ws)
                && !Names.sentenceInitial(ctx, ws) ? i : legalFormStart;
    }

    /**
     * Whether a legal form is written as one: capitalised ("Oy", "EM") or with full stops
     * ("d.o.o."). The lexicon is read case-insensitively, and a short form may be a common word
     * ("em", "as"), which must not draw the words before it into a name.
     */
    private static boolean writtenAsLegalForm(Lexicon.Hit legal) {
        return Character.isUpperCase(legal.text().charAt(0)) || legal.text().indexOf('.') >= 0;
    }

    private static int capitalisedBefore(String text, int legalFormStart) {
        int begin = legalFormStart;
        int i = legalFormStart;
        for (int words = 0; words < 4; words++) {
            int j = i;
            while (j > 0 && text.charAt(j - 1) == ' ') {
                j--;
            }
            int ws = j;
            while (ws > 0 && (Character.isLetterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '-')) {
                ws--;
            }
            if (ws == j || !Names.startsUpper(text, ws)) {
                break;
            }
            begin = ws;
            i = ws;
        }
        return begin;
    }
}
