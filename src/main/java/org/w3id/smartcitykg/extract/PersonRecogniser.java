package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People, their functions and the organisations they speak for. A name is two or three
 * capitalised words that stand where a person is expected: after a form of address ("Pan",
 * "domnul", "г-н"), right after a function ("burmistrz", "director"), or followed by a dash or a
 * comma and a function ("Ana Popescu – director al …"). Further names joined by "and" share the
 * cue. The function phrase as written is the person's role; an organisation named inside it is
 * the person's affiliation.
 */
final class PersonRecogniser implements Recogniser {
    static final String RULE = "person";
    private static final int MAX_ROLE_WORDS = 14;
    /** Categories whose words are never part of a person's name. */
    private static final List<String> NOT_NAME = List.of("person.function", "honorific", "org.head",
            "participation.cue", "meeting.cue", "project.cue", "partner.cue", "lead.cue", "location.prep",
            "date.conj", "municipality.cue", "programme.cue");

    private record Found(int begin, int end, Optional<Span> role, String rule) {}

    @Override
    public void recognise(TextContext ctx) {
        List<Found> found = new ArrayList<>();
        afterHonorifics(ctx, found);
        afterFunctions(ctx, found);
        functionThenName(ctx, found);
        beforeFunctions(ctx, found);
        afterParticipation(ctx, found);
        namesInLists(ctx, found);
        found.sort(Comparator.comparingInt(Found::begin));
        List<Found> withLists = new ArrayList<>();
        SpanIndex<Found> taken = new SpanIndex<>(Found::begin, Found::end);
        for (Found f : found) {
            if (taken.overlapping(f.begin(), f.end()).isEmpty() && !ctx.covered(f.begin(), f.end())) {
                withLists.add(f);
                taken.add(f);
                listContinuation(ctx, f).ifPresent(next -> {
                    withLists.add(next);
                    taken.add(next);
                });
            }
        }
        PartnersByHead partnersByHead = new PartnersByHead(ctx);
        for (Found f : withLists) {
            addPerson(ctx, f, partnersByHead);
        }
    }

    /** "Pan dr inż. Jan Nowak": the name after the forms of address; the role may stand before it. */
    private static void afterHonorifics(TextContext ctx, List<Found> out) {
        for (Lexicon.Hit hit : ctx.hits("honorific")) {
            int start = skipTitles(ctx, Names.skipSpaces(ctx.text, afterDot(ctx.text, hit.end())));
            int end = nameEnd(ctx, start);
            if (end > start) {
                // "Pani Anna X – Naczelnik …": a dash after the name puts the role there.
                Optional<Span> role = dashFollows(ctx.text, end) ? roleAfter(ctx, end).or(() -> roleBefore(ctx, hit.begin()))
                        : roleBefore(ctx, hit.begin()).or(() -> roleAfter(ctx, end));
                out.add(new Found(start, end, role, RULE + ":honorific"));
            }
        }
    }

    /** "burmistrz Jan Nowak", "wiceprezydent Wrocławia Anna Kowalczyk". */
    private static void afterFunctions(TextContext ctx, List<Found> out) {
        for (Lexicon.Hit hit : ctx.hits("person.function")) {
            int start = Names.skipSpaces(ctx.text, hit.end());
            int end = nameEnd(ctx, start);
            int words = nameWordCount(ctx.text, start, end);
            if (words == 3) {
                // The function's complement comes first: "wiceprezydent Wrocławia Anna Kowalczyk";
                // an organisation's head noun there ("zamestnanec Galérie Jána Koniarka") names no person.
                if (ctx.lexicon.lookup("org.head", ctx.text, start, Names.wordEnd(ctx.text, start)).isPresent()) {
                    continue;
                }
                start = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, start));
            } else if (words < 2) {
                // A genitive complement of two words and then the name: look one step further.
                int complementEnd = Names.wordEnd(ctx.text, start);
                int next = Names.skipSpaces(ctx.text, complementEnd);
                int nextEnd = nameEnd(ctx, next);
                if (words == 1 && wordCount(ctx.text, next, nextEnd) >= 2) {
                    start = next;
                    end = nextEnd;
                } else {
                    Optional<Span> name = nameAfterOrganisation(ctx, hit.end()).or(() -> nameEndingComplement(ctx, hit.end()));
                    if (name.isEmpty()) {
                        continue;
                    }
                    start = name.get().begin();
                    end = name.get().end();
                }
            }
            Span role = new Span(genitiveBefore(ctx, hit.begin()), trimEnd(ctx.text, start));
            out.add(new Found(start, end, Optional.of(role), RULE + ":function"));
        }
    }

    /**
     * "ředitel Ústavu městské akustiky Radek Svoboda", "директорът на Дунавския институт …
     * Мартин Стоянов": the function's complement is an organisation, and the name follows it.
     */
    private static Optional<Span> nameAfterOrganisation(TextContext ctx, int functionEnd) {
        int i = Names.skipSpaces(ctx.text, functionEnd);
        int we = Names.wordEnd(ctx.text, i);
        if (we > i && Character.isLowerCase(ctx.text.charAt(i)) && we - i <= MAX_PREPOSITION) {
            i = Names.skipSpaces(ctx.text, we); // "на", "of", "de"
        }
        int from = i;
        Optional<Mention> organisation = ctx.mentions.beginningAt(from).stream()
                .filter(m -> m.type() == MentionType.PARTNER).max(java.util.Comparator.comparingInt(Mention::end));
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        int start = Names.skipSpaces(ctx.text, organisation.get().end());
        int end = nameEnd(ctx, start);
        return end > start && ctx.sentenceAt(start).equals(ctx.sentenceAt(functionEnd))
                ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /**
     * "мэр Нижнего Новгорода Игорь Лаптев", "vedúca odboru investícií Zuzana Kováčová": the
     * function's complement runs over several words, and the name closes it. In the clause after
     * the function, the first run of capitalised words that ends in a name: its last two words
     * when it is longer (the words before them belong to the complement), all of it otherwise.
     */
    private static Optional<Span> nameEndingComplement(TextContext ctx, int functionEnd) {
        String text = ctx.text;
        Span sentence = ctx.sentenceAt(functionEnd);
        int i = Names.skipSpaces(text, functionEnd);
        int previous = -1;
        for (int words = 0; words < MAX_ROLE_WORDS && i < sentence.end(); words++) {
            int we = Names.wordEnd(text, i);
            // Punctuation or a conjunction ends the clause: what follows is someone else's.
            if (we == i || ctx.lexicon.lookup("date.conj", text, i, we).isPresent()) {
                return Optional.empty();
            }
            if (Names.startsUpper(text, i)) {
                List<Integer> run = capitalisedRun(text, i, sentence.end());
                if (run.size() >= 4) {
                    return closingName(ctx, run, previous, sentence);
                }
                i = run.get(run.size() - 1);
            } else {
                previous = i;
                i = we;
            }
            i = Names.skipSpaces(text, i);
        }
        return Optional.empty();
    }

    /** The shortest word that may be a noun of the complement rather than a preposition or an article before a name. */
    private static final int MIN_COMPLEMENT_WORD = 5;

    /**
     * The name that ends a capitalised run, unless the run is the object of a preposition ("alla
     * Programmazione Strategica"), is coordinated with more capitalised words ("Strategica e
     * Comunitaria") or opens with a body's head word ("Gminy Żerniki Wrocławskie"): then it names
     * a body, a place or a field.
     */
    private static Optional<Span> closingName(TextContext ctx, List<Integer> run, int previous, Span sentence) {
        String text = ctx.text;
        int start = run.size() > 4 ? run.get(run.size() - 4) : run.get(0);
        int end = run.get(run.size() - 1);
        if (previous >= 0 && Names.wordEnd(text, previous) - previous < MIN_COMPLEMENT_WORD) {
            return Optional.empty();
        }
        for (int k = 0; run.get(k) < start; k += 2) {
            if (ctx.lexicon.inAny(NOT_NAME, text.substring(run.get(k), run.get(k + 1)))) {
                return Optional.empty(); // "Gminy Żerniki Wrocławskie": the place names the body before it
            }
        }
        int next = Names.skipSpaces(text, end);
        int nextEnd = Names.wordEnd(text, next);
        if (next < sentence.end() && ctx.lexicon.lookup("date.conj", text, next, nextEnd).isPresent()
                && Names.startsUpper(text, Names.skipSpaces(text, nextEnd))) {
            return Optional.empty();
        }
        return nameEnd(ctx, start) == end && !ctx.covered(start, end) ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /** The begins and ends of the capitalised words from {@code start} joined by single spaces: begin, end, begin, end. */
    private static List<Integer> capitalisedRun(String text, int start, int limit) {
        List<Integer> bounds = new ArrayList<>();
        int i = start;
        while (i < limit && Names.startsUpper(text, i)) {
            int we = Names.wordEnd(text, i);
            if (we == i) {
                break;
            }
            bounds.add(i);
            bounds.add(we);
            if (we + 1 >= limit || text.charAt(we) != ' ') {
                break;
            }
            i = we + 1;
        }
        return bounds.isEmpty() ? List.of(start, start) : bounds;
    }

    /** The longest preposition that may join a function to its complement. */
    private static final int MAX_PREPOSITION = 3;

    /**
     * Where a role begins that has its complement before the function, as languages that put
     * modifiers first write it ("Tartu Ülikooli professor", "Dzūkijos energetikos agentūros
     * direktorius"): at the organisation just before the function; else at the function.
     */
    private static int genitiveBefore(TextContext ctx, int function) {
        if (!ctx.lexicon.headFinal()) {
            return function;
        }
        int end = trimEnd(ctx.text, function);
        if (end != function - 1 && end != function) {
            return function; // a comma or a dash between: the organisation is not the function's complement
        }
        return ctx.mentions.overlapping(end - 1, end).stream()
                .filter(m -> m.type() == MentionType.PARTNER && m.end() == end)
                .mapToInt(Mention::begin).min().orElse(function);
    }

    /**
     * "el alcalde de la capital, Ana Ruiz, y …", "l'assessore all'Innovazione del Comune di X,
     * Marco Bianchi,": a function phrase, a comma, and a name set off by a comma, a conjunction or
     * the end of the sentence. The phrase before the comma is the role.
     */
    private static void functionThenName(TextContext ctx, List<Found> out) {
        for (Lexicon.Hit hit : ctx.hits("person.function")) {
            Span sentence = ctx.sentenceAt(hit.begin());
            int comma = ctx.text.indexOf(',', hit.end());
            if (comma < 0 || comma >= sentence.end() || wordCount(ctx.text, hit.begin(), comma) > MAX_ROLE_WORDS
                    || ctx.text.substring(hit.end(), comma).indexOf(';') >= 0) {
                continue;
            }
            int start = Names.skipSpaces(ctx.text, comma + 1);
            int end = nameEnd(ctx, start);
            if (end <= start || ctx.covered(start, end) || !setOff(ctx, end, sentence)
                    || ctx.mentions.within(new Span(hit.end() + 1, comma)).stream()
                            .anyMatch(m -> m.type() == MentionType.PERSON)) {
                continue;
            }
            out.add(new Found(start, end, Optional.of(new Span(hit.begin(), comma)), RULE + ":function,name"));
        }
    }

    /** A name in apposition ends at a comma, a full stop, a bracket, or before a conjunction. */
    private static boolean setOff(TextContext ctx, int end, Span sentence) {
        if (end >= sentence.end() || ",.;)".indexOf(ctx.text.charAt(end)) >= 0) {
            return true;
        }
        int next = Names.skipSpaces(ctx.text, end);
        return ctx.lexicon.lookup("date.conj", ctx.text, next, Names.wordEnd(ctx.text, next)).isPresent();
    }

    /** "Ana Popescu – director al …", "Jan Nowak, prezes zarządu …": name, separator, function. */
    private static void beforeFunctions(TextContext ctx, List<Found> out) {
        for (Lexicon.Hit hit : ctx.hits("person.function")) {
            int sep = hit.begin();
            int j = sep;
            while (j > 0 && " \u00A0".indexOf(ctx.text.charAt(j - 1)) >= 0) {
                j--;
            }
            // The separator is what makes "X Y, director" a name and a function, not any two words;
            // languages that put modifiers first may write the function straight after the name
            // ("Nagy Gábor polgármester"), and then the function alone is the role.
            boolean separated = j > 0 && ",–—-(".indexOf(ctx.text.charAt(j - 1)) >= 0;
            boolean attached = !separated && j > 0 && j < sep && Character.isLowerCase(ctx.text.charAt(sep))
                    && ctx.lexicon.headFinal();
            Optional<Found> apposition = separated ? Optional.empty() : organisationBeforeFunction(ctx, hit, j);
            if (apposition.isPresent()) {
                out.add(apposition.get());
                continue;
            }
            int modified = separated || attached ? -1 : modifiersAfterDash(ctx, j);
            if (modified >= 0) {
                int nameEnd = trimEnd(ctx.text, modified);
                int nameStart = nameStartBefore(ctx, nameEnd);
                if (nameStart < nameEnd && nameEnd(ctx, nameStart) == nameEnd) {
                    out.add(new Found(nameStart, nameEnd, Optional.of(new Span(modified, roleEnd(ctx, modified))),
                            RULE + ":name+function"));
                }
                continue;
            }
            if (!separated && !attached) {
                continue;
            }
            int nameEnd = separated ? j - 1 : j;
            while (nameEnd > 0 && ctx.text.charAt(nameEnd - 1) == ' ') {
                nameEnd--;
            }
            int nameStart = nameStartBefore(ctx, nameEnd);
            if (nameStart < nameEnd && nameEnd(ctx, nameStart) == nameEnd) {
                Optional<Span> role = attached ? Optional.of(new Span(hit.begin(), hit.end())) : roleAfter(ctx, nameEnd);
                out.add(new Found(nameStart, nameEnd, role, RULE + ":name+function"));
            }
        }
    }

    /** The most words that may qualify a function before it ("technical", "senior project"). */
    private static final int MAX_MODIFIERS = 2;

    /**
     * "Ana Lupu – senior expert …": where the function has words before it that qualify it, and a
     * dash before those, the start of the first such word; else -1. Only a dash: after a comma,
     * lower-case words before a function are as often a clause ("…, where the mayor").
     */
    private static int modifiersAfterDash(TextContext ctx, int end) {
        int start = end;
        for (int words = 0; words < MAX_MODIFIERS; words++) {
            int b = start;
            while (b > 0 && CharClasses.isLetter(ctx.text.charAt(b - 1))) {
                b--;
            }
            if (b == start || !Character.isLowerCase(ctx.text.charAt(b))
                    || ctx.lexicon.inAny(NOT_NAME, ctx.text.substring(b, start))) {
                return -1;
            }
            if (dashPrecedes(ctx.text, b) && b > 0 && ctx.text.charAt(b - 1) == ' ') {
                return b;
            }
            start = b;
            while (start > 0 && ctx.text.charAt(start - 1) == ' ') {
                start--;
            }
            if (start == b) {
                return -1;
            }
        }
        return -1;
    }

    /** The article or the like that may open an apposition before the body's name ("a", "az"). */
    private static final int MAX_ARTICLE = 3;

    /**
     * "Szabó Márton, a Kisalföldi Műszaki Egyetem kutatója": where modifiers come first, an
     * apposition after a name gives the organisation and then the function, possessed by it. The
     * role is both; {@code orgEnd} is where the organisation found before the function ends.
     */
    private static Optional<Found> organisationBeforeFunction(TextContext ctx, Lexicon.Hit hit, int orgEnd) {
        if (!ctx.lexicon.headFinal() || !Character.isLowerCase(ctx.text.charAt(hit.begin()))) {
            return Optional.empty();
        }
        Optional<Mention> org = ctx.mentions.containing(orgEnd - 1, orgEnd).stream()
                .filter(m -> m.type() == MentionType.PARTNER && m.end() == orgEnd).findFirst();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        int k = org.get().begin();
        while (k > 0 && ctx.text.charAt(k - 1) == ' ') {
            k--;
        }
        int wordStart = k;
        while (wordStart > 0 && Character.isLowerCase(ctx.text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < k && k - wordStart <= MAX_ARTICLE && wordStart > 0 && ctx.text.charAt(wordStart - 1) == ' ') {
            k = wordStart;
            while (k > 0 && ctx.text.charAt(k - 1) == ' ') {
                k--;
            }
        }
        if (k == 0 || ctx.text.charAt(k - 1) != ',') {
            return Optional.empty();
        }
        int nameEnd = k - 1;
        int nameStart = nameStartBefore(ctx, nameEnd);
        return nameStart < nameEnd && nameEnd(ctx, nameStart) == nameEnd
                ? Optional.of(new Found(nameStart, nameEnd, Optional.of(new Span(org.get().begin(), hit.end())),
                        RULE + ":name+organisation+function"))
                : Optional.empty();
    }

    /** The longest auxiliary that may stand between a verb and its subject ("je", "a", "ha"). */
    private static final int MAX_AUXILIARY = 3;

    /**
     * "Plan radova predstavio je Ivan Kovačić iz Upravnog odjela.", "… informed Ana Lupu.": a
     * name right after a verb saying someone presented, opened or took part (an auxiliary may
     * come between), and set off after it by a preposition ("iz", "from") or the clause's end.
     */
    private static void afterParticipation(TextContext ctx, List<Found> out) {
        String text = ctx.text;
        for (Lexicon.Hit hit : ctx.hits("participation.cue")) {
            int start = Names.skipSpaces(text, hit.end());
            int we = Names.wordEnd(text, start);
            if (we > start && we - start <= MAX_AUXILIARY && Character.isLowerCase(text.charAt(start))
                    && ctx.lexicon.lookup("location.prep", text, start, we).isEmpty()) {
                start = Names.skipSpaces(text, we);
            }
            int end = nameEnd(ctx, start);
            if (end > start && (endsClause(text, end) || Names.precededBy(ctx, wordEndAfter(text, end), "location.prep"))) {
                out.add(new Found(start, end, roleAfter(ctx, end), RULE + ":participation"));
            }
        }
    }

    private static boolean endsClause(String text, int end) {
        return end >= text.length() || ".,;:)".indexOf(text.charAt(end)) >= 0;
    }

    /** The end of the word after {@code offset}. */
    private static int wordEndAfter(String text, int offset) {
        return Names.wordEnd(text, Names.skipSpaces(text, offset));
    }

    /**
     * "… presented the project, Ana Lupu, Jan Berg and Eva Kos": in a sentence that says people
     * took part or presented, two or more names in a list (commas and a final "and") are people.
     */
    private static void namesInLists(TextContext ctx, List<Found> out) {
        for (Span sentence : ctx.sentences) {
            if (!ctx.hasCue("participation.cue", sentence)) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int i = sentence.begin();
            while (i < sentence.end()) {
                int end = (i == 0 || !CharClasses.isLetter(ctx.text.charAt(i - 1))) && Names.startsUpper(ctx.text, i)
                        && !Names.sentenceInitial(ctx, i) && !ctx.covered(i, i + 1) ? nameEnd(ctx, i) : i;
                if (end > i && !ctx.covered(i, end)) {
                    if (!items.isEmpty() && !listGlue(ctx, items.get(items.size() - 1)[1], i)) {
                        addList(items, out);
                        items.clear();
                    }
                    items.add(new int[] {i, end});
                    i = end;
                } else {
                    i++;
                }
            }
            addList(items, out);
        }
    }

    private static void addList(List<int[]> items, List<Found> out) {
        if (items.size() >= 2) {
            for (int[] item : items) {
                out.add(new Found(item[0], item[1], Optional.empty(), RULE + ":list"));
            }
        }
    }

    /** Only a comma or a conjunction between two names of one list. */
    private static boolean listGlue(TextContext ctx, int from, int to) {
        String between = ctx.text.substring(from, to).strip();
        if (between.equals(",")) {
            return true;
        }
        String word = between.startsWith(",") ? between.substring(1).strip() : between;
        return !word.isEmpty() && word.indexOf(' ') < 0 && ctx.lexicon.lookup("date.conj", word).isPresent();
    }

    /** "… Witold Nowak oraz Paweł Adamów", "… Ian Graham si Dino Alessi": one more name, same cue. */
    private static Optional<Found> listContinuation(TextContext ctx, Found f) {
        int i = Names.skipSpaces(ctx.text, f.end());
        int we = Names.wordEnd(ctx.text, i);
        if (we == i || ctx.lexicon.lookup("date.conj", ctx.text, i, we).isEmpty()) {
            return Optional.empty();
        }
        int start = skipTitles(ctx, Names.skipSpaces(ctx.text, we));
        int end = nameEnd(ctx, start);
        if (end <= start) {
            return Optional.empty();
        }
        Optional<Span> role = roleAfter(ctx, end).or(f::role);
        return Optional.of(new Found(start, end, role, RULE + ":list"));
    }

    private static void addPerson(TextContext ctx, Found f, PartnersByHead partnersByHead) {
        String name = ctx.text.substring(f.begin(), f.end());
        Mention person = new Mention(MentionType.PERSON, f.begin(), f.end(), name,
                ctx.morphology.personNominative(name), "", f.rule(), 0.8, Map.of());
        ctx.add(person);
        f.role().ifPresent(role -> {
            String written = trimTrailingJoiners(ctx, ctx.text.substring(role.begin(), role.end()).strip());
            if (!written.isEmpty()) {
                Span evidence = new Span(Math.min(role.begin(), f.begin()), Math.max(role.end(), f.end()));
                ctx.relations.add(Relation.withValue(person, "role", roleNominative(ctx, written), evidence,
                        f.rule() + ":role", 0.7));
                affiliations(ctx, role, partnersByHead).forEach(org -> ctx.relations.add(Relation.between(person, "affiliation", org,
                        evidence, f.rule() + ":affiliation", 0.7)));
            }
        });
    }

    /**
     * The organisations a role names: those inside it, or, for a bare head noun ("Ekspert
     * Fundacji"), the one organisation of the text with that head.
     */
    private static List<Mention> affiliations(TextContext ctx, Span role, PartnersByHead partnersByHead) {
        List<Mention> inside = ctx.inSpan(MentionType.PARTNER, role);
        if (!inside.isEmpty()) {
            return inside;
        }
        for (Lexicon.Hit head : ctx.hitsIn("org.head", role)) {
            List<Mention> sameHead = partnersByHead.withHead(head.entry().lemma());
            if (sameHead.size() == 1) {
                return sameHead;
            }
        }
        return List.of();
    }

    /** "… Regionalnej oraz", "… i": a conjunction left at the end belongs to what follows. */
    private static String trimTrailingJoiners(TextContext ctx, String role) {
        String r = role;
        while (r.indexOf(' ') > 0) {
            String last = r.substring(r.lastIndexOf(' ') + 1);
            if (ctx.lexicon.lookup("date.conj", last).isEmpty() && last.length() > 1) {
                break;
            }
            r = r.substring(0, r.lastIndexOf(' ')).strip();
        }
        return r;
    }

    /** The role in the nominative singular: the head function goes back to its dictionary form. */
    private static String roleNominative(TextContext ctx, String written) {
        if (ctx.lexicon.lookup("person.function", written.substring(0, Names.wordEnd(written, 0))).isEmpty()
                && ctx.lexicon.headFinal()) {
            return written; // "Dzūkijos energetikos agentūros direktorius": the complement before the function keeps its case
        }
        String nominative = ctx.morphology.nominative(written);
        int headEnd = Names.wordEnd(nominative, 0);
        Optional<Lexicon.Entry> head = ctx.lexicon.lookup("person.function", nominative.substring(0, headEnd));
        if (head.isPresent() && nominative.equals(written)) {
            String lemma = head.get().lemma().split(" ")[0];
            nominative = PolishMorphology.withCase(nominative.substring(0, headEnd), lemma) + nominative.substring(headEnd);
        }
        return nominative;
    }

    /**
     * The function phrase ending just before {@code offset} ("Burmistrz Miasta Radomia Pan …",
     * "Prezes Stowarzyszenia …, Pan …"): from the last function word of the clause to here.
     */
    private static Optional<Span> roleBefore(TextContext ctx, int offset) {
        Span sentence = ctx.sentenceAt(offset);
        int end = trimEnd(ctx.text, offset);
        if (end <= sentence.begin()) {
            return Optional.empty();
        }
        List<Lexicon.Hit> functions = ctx.hitsIn("person.function", sentence.begin(), end);
        if (functions.isEmpty()) {
            return Optional.empty();
        }
        int begin = functions.get(functions.size() - 1).begin();
        if (dashPrecedes(ctx.text, begin)) {
            return Optional.empty(); // "Jan X – Dyrektor …, Pani Anna Y": the role is Jan X's
        }
        String between = ctx.text.substring(begin, end);
        // A role runs up to the name; another person or a clause break in between means it is someone else's.
        if (wordCount(ctx.text, begin, end) > MAX_ROLE_WORDS || between.contains(";")
                || ctx.mentions.within(new Span(begin, end)).stream().anyMatch(m -> m.type() == MentionType.PERSON)) {
            return Optional.empty();
        }
        return Optional.of(new Span(begin, end));
    }

    private static boolean dashFollows(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i < text.length() && "–—".indexOf(text.charAt(i)) >= 0
                || i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ' && i > offset;
    }

    private static boolean dashPrecedes(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i > 0 && ("–—".indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == '-' && i < offset);
    }

    /** The function phrase after a name: "– Ekspert Fundacji", ", prezydent Lublina", " experti din partea …". */
    private static Optional<Span> roleAfter(TextContext ctx, int nameEnd) {
        int i = nameEnd;
        while (i < ctx.text.length() && " ,–—-(\u00A0".indexOf(ctx.text.charAt(i)) >= 0) {
            i++;
        }
        if (Names.wordEnd(ctx.text, i) == i) {
            return Optional.empty();
        }
        List<Lexicon.Hit> functions = ctx.hitsIn("person.function", i, Math.min(ctx.text.length(), i + 60));
        if (functions.isEmpty() || functions.get(0).begin() != i) {
            return Optional.empty();
        }
        return Optional.of(new Span(i, roleEnd(ctx, i)));
    }

    /** A role ends at a clause break, at the next name in a list, or after {@value #MAX_ROLE_WORDS} words. */
    private static int roleEnd(TextContext ctx, int from) {
        return Names.phraseEnd(ctx, ctx.sentenceAt(from), from, MAX_ROLE_WORDS, (next, we) -> {
            if (ctx.lexicon.lookup("date.conj", ctx.text, next, we).isEmpty()) {
                return false;
            }
            // "… Ekspert Fundacji i Pan Rafał Idziak": the next person begins
            int after = Names.skipSpaces(ctx.text, we);
            return Names.startsUpper(ctx.text, after) && nameEnd(ctx, skipTitles(ctx, after)) > skipTitles(ctx, after)
                    || ctx.lexicon.lookup("honorific", ctx.text, after, Names.wordEnd(ctx.text, after)).isPresent();
        });
    }

    private static int trimEnd(String text, int offset) {
        int e = offset;
        while (e > 0 && " ,–—-\u00A0".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    private static int wordCount(String text, int start, int end) {
        return end <= start ? 0 : SPACES.split(text.substring(start, end).strip()).length;
    }

    /** The words of a name, its surname particles left out ("Anouk de Wilde" has two). */
    private static int nameWordCount(String text, int start, int end) {
        return end <= start ? 0 : (int) java.util.Arrays.stream(SPACES.split(text.substring(start, end).strip()))
                .filter(w -> !PARTICLES.contains(w)).count();
    }

    private static int afterDot(String text, int offset) {
        return offset < text.length() && text.charAt(offset) == '.' ? offset + 1 : offset;
    }

    /** "Pan dr inż. Jan Nowak": skip further honorifics between the first one and the name. */
    private static int skipTitles(TextContext ctx, int offset) {
        int i = offset;
        while (i < ctx.text.length()) {
            int we = Names.wordEnd(ctx.text, i);
            if (we == i || ctx.lexicon.lookup("honorific", ctx.text, i, we).isEmpty()) {
                return i;
            }
            i = Names.skipSpaces(ctx.text, afterDot(ctx.text, we));
        }
        return i;
    }

    /** Two or three capitalised words that could be a name; the end offset, or {@code start} if none. */
    private static int nameEnd(TextContext ctx, int start) {
        String text = ctx.text;
        int end = start;
        int words = 0;
        int i = start;
        while (words < 3 && i < text.length() && Names.startsUpper(text, i)) {
            if (words == 0 && isInitial(text, i)) {
                // "prof. J. Nowak": an initial stands for the first name; the surname must follow.
                i = Names.skipSpaces(text, i + 2);
                words++;
                continue;
            }
            int we = Names.wordEnd(text, i);
            String word = text.substring(i, we);
            // Surnames are often common nouns (Chmura, Kowal); a first name is not ("Grupy Działania").
            if (!isNameWord(ctx, word) || words == 0 && ctx.morphology.isCommonWord(word)) {
                break;
            }
            end = we;
            words++;
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            i = Names.skipSpaces(text, we);
            if (words == 1) {
                i = afterParticles(text, i);
            }
        }
        return words >= 2 ? end : start;
    }

    /** A capital letter and a full stop, then a space: a first name's initial. */
    private static boolean isInitial(String text, int i) {
        return i + 2 < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.'
                && text.charAt(i + 2) == ' ' && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    /**
     * Surname particles written in lower case after a first name ("Anouk de Wilde", "Lotte van
     * Beek", "Pedro de la Fuente", "Maria da Silva"). Only there: after a surname the same words
     * say where someone is from ("Mario Rossi di Milano").
     */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "de", "der", "den", "ten", "ter",
            "von", "zu", "vom", "di", "da", "del", "della", "dos", "das", "do", "du", "des", "le", "la", "af", "av");
    private static final int MAX_PARTICLES = 2;

    /** Where the surname starts after {@code i}'s particles, if a capitalised word follows them; else {@code i}. */
    private static int afterParticles(String text, int i) {
        int j = i;
        for (int k = 0; k < MAX_PARTICLES && j < text.length() && Character.isLowerCase(text.charAt(j)); k++) {
            int we = Names.wordEnd(text, j);
            if (!PARTICLES.contains(text.substring(j, we)) || we >= text.length() || text.charAt(we) != ' ') {
                return i;
            }
            j = Names.skipSpaces(text, we);
        }
        return j > i && j < text.length() && Names.startsUpper(text, j) ? j : i;
    }

    /** The start of the two or three name words that end at {@code end}. */
    private static int nameStartBefore(TextContext ctx, int end) {
        int start = end;
        for (int words = 0; words < 3; words++) {
            int ws = start;
            while (ws > 0 && ctx.text.charAt(ws - 1) == ' ') {
                ws--;
            }
            int b = ws;
            while (b > 0 && (Character.isLetter(ctx.text.charAt(b - 1)) || ctx.text.charAt(b - 1) == '-')) {
                b--;
            }
            if (b == ws || !Names.startsUpper(ctx.text, b) || !isNameWord(ctx, ctx.text.substring(b, ws))) {
                break;
            }
            start = b;
            if (Names.sentenceInitial(ctx, b)) {
                break;
            }
        }
        int words = wordCount(ctx.text, start, end);
        if (words == 3) {
            start = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, start));
        }
        return words >= 2 ? start : end;
    }

    /** A word of a name: letters (and hyphens), not all capitals, not a word of the lexicon. */
    private static boolean isNameWord(TextContext ctx, String word) {
        if (word.length() < 2 || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return !ctx.lexicon.inAny(NOT_NAME, word);
    }
}
