package org.w3id.smartcitykg.extract;


import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in quotation marks, or capitalised right after a cue word: "projekt „X”", "proiectul X",
 * "проект +X". The cue says what the name names: a project, a strategy, a network, a programme.
 */
final class QuotedNameRecogniser implements Recogniser {
    static final String RULE = "cue+name";
    public static final String ACRONYM_ATTRIBUTE = "acronym";
    private static final Pattern QUOTED = Pattern.compile(
            "[„“”\"«»‚]([^„“”\"«»\\n]{2,200}?)[”“\"»«]|,,([^\\n“”\"]{2,200}?)[“”\"]|‘([^‘’\\n]{2,120}?)’");
    /** "Full Name (ACRO)": an acronym in brackets right after a name. */
    private static final Pattern ACRONYM = Pattern.compile("[”“\"»’]?\\s*\\(([\\p{Lu}0-9][\\p{L}0-9+&-]{1,14})\\)");
    private static final int MAX_GAP = 40;

    @Override
    public void recognise(TextContext ctx) {
        int[] quotes = StartFilteredMatcher.offsetsOfAny(ctx.text, OPENING_QUOTES);
        for (MatchResult m : StartFilteredMatcher.findAll(QUOTED, ctx.text, quotes, i -> true)) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String name = m.group(group).strip();
            if (name.isEmpty() || name.chars().noneMatch(Character::isLetterOrDigit) || !Names.startsUpper(name, 0) && !Character.isDigit(name.charAt(0))
                    && name.charAt(0) != '+' && name.charAt(0) != '#') {
                continue;
            }
            Optional<Lexicon.Entry> cue = cueBefore(ctx, m.start()).or(() -> leadingCue(ctx, name))
                    .or(() -> cueAfter(ctx, m.end())).or(() -> cueInApposition(ctx, m.end()))
                    .or(() -> coordinatedThing(ctx, m.start()));
            cue.ifPresent(c -> ctx.add(mention(ctx, m.start(group), m.end(group), c)));
        }
        unquotedAfterCue(ctx, "project.cue");
        nameBeforeCue(ctx);
        capitalisedStrategies(ctx);
        acronyms(ctx);
    }

    /** The first chars of {@link #QUOTED}'s alternatives: an opening quote, or the first comma of ",,". */
    /** The chars a quoted name can open with, the first of {@link #QUOTED}'s alternatives. */
    private static final String OPENING_QUOTES = "„“”\"«»‚,‘";

    /**
     * A project named in full with its acronym in brackets ("Green Courtyards (GRECO)") is the
     * project the acronym names wherever else the text uses it: those are mentions of it too, and
     * the acronym is what ties it to the same project in other documents.
     */
    private static void acronyms(TextContext ctx) {
        Map<String, List<int[]>> unclaimedUses = new java.util.HashMap<>();
        for (Mention m : ctx.mentions.all()) {
            if (m.type() != MentionType.PROJECT || m.attribute(ACRONYM_ATTRIBUTE).isPresent()) {
                continue;
            }
            Matcher a = ACRONYM.matcher(ctx.text).region(m.end(), ctx.text.length());
            if (!a.lookingAt() || a.group(1).chars().filter(Character::isUpperCase).count() < 2
                    || Folding.fold(m.text()).equals(Folding.fold(a.group(1)))) {
                continue;
            }
            String acronym = a.group(1);
            Map<String, String> attributes = new java.util.HashMap<>(m.attributes());
            attributes.put(ACRONYM_ATTRIBUTE, acronym);
            ctx.mentions.replace(m, new Mention(m.type(), m.begin(), m.end(), m.text(), m.canonical(),
                    m.subtype(), m.recogniser(), m.confidence(), attributes));
            List<int[]> unclaimed = unclaimedUses.computeIfAbsent(acronym, k -> uses(ctx.text, k));
            int fullBegin = m.begin();
            int fullEnd = a.end();
            // A use claimed or covered stays covered (mentions are only added here): later projects
            // with the same acronym need look only at the uses left over, those inside a full name.
            unclaimed.removeIf(use -> {
                if (ctx.covered(use[0], use[1])) {
                    return true;
                }
                if (use[0] >= fullBegin && use[0] <= fullEnd) {
                    return false;
                }
                ctx.add(new Mention(MentionType.PROJECT, use[0], use[1], acronym, m.canonical(), m.subtype(),
                        RULE + ":acronym", 0.7, Map.of(ACRONYM_ATTRIBUTE, acronym)));
                return true;
            });
        }
    }

    /** Every whole-word use of {@code acronym} in the text, as [begin, end). */
    private static List<int[]> uses(String text, String acronym) {
        List<int[]> uses = new java.util.ArrayList<>();
        Matcher use = Pattern.compile("(?<![\\p{L}0-9])" + Pattern.quote(acronym) + "(?![\\p{L}0-9])").matcher(text);
        while (use.find()) {
            uses.add(new int[] {use.start(), use.end()});
        }
        return uses;
    }

    /** "the SmartGov project", "a CIVITAS-like project": a name-like word right before the cue. */
    private static void nameBeforeCue(TextContext ctx) {
        for (Lexicon.Hit hit : ctx.hits("project.cue")) {
            int j = hit.begin();
            // "Making-City –hanke", "X -projekti": a dash may join the name to the cue.
            while (j > 0 && " –—-".indexOf(ctx.text.charAt(j - 1)) >= 0) {
                j--;
            }
            int b = j;
            while (b > 0 && (Character.isLetterOrDigit(ctx.text.charAt(b - 1)) || "+#-".indexOf(ctx.text.charAt(b - 1)) >= 0)) {
                b--;
            }
            String word = ctx.text.substring(b, j);
            if (b < j && word.length() >= 3 && isNameLike(word) && !ctx.covered(b, j) && !legalFormAfter(ctx, hit.end())) {
                ctx.add(mention(ctx, b, j, hit.entry()));
            }
        }
    }

    /** "X PROJEKTI d.o.o.", "Y Projects Ltd": the cue word is part of a company's name. */
    private static boolean legalFormAfter(TextContext ctx, int cueEnd) {
        int next = Names.skipSpaces(ctx.text, cueEnd);
        return ctx.hits("org.legal").stream().anyMatch(h -> h.begin() == next);
    }

    /** A quoted name that itself starts with the cue: „Strategia Rozwoju Miasta X”, "Plan Smart City". */
    private static Optional<Lexicon.Entry> leadingCue(TextContext ctx, String name) {
        String first = name.substring(0, Names.wordEnd(name, 0));
        for (String category : new String[] {"strategy.cue", "project.cue", "network.cue"}) {
            Optional<Lexicon.Entry> e = ctx.lexicon.lookup(category, first);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * A strategy or plan named without quotes: the cue with a capital, then capitalised words,
     * joiners and a horizon ("Strategii Rozwoju Miasta X 2030+").
     */
    private static void capitalisedStrategies(TextContext ctx) {
        for (Lexicon.Hit hit : ctx.hits("strategy.cue")) {
            if (!Names.startsUpper(ctx.text, hit.begin()) || ctx.covered(hit.begin(), hit.end())
                    || Names.sentenceInitial(ctx, hit.begin())) {
                continue;
            }
            int end = hit.end();
            int i = Names.skipSpaces(ctx.text, end);
            int words = 0;
            while (i < ctx.text.length() && words < 8) {
                char c = ctx.text.charAt(i);
                if ((c == '-' || c == '–') && i + 1 < ctx.text.length() && ctx.text.charAt(i + 1) == ' '
                        && Names.startsUpper(ctx.text, Names.skipSpaces(ctx.text, i + 1))) {
                    i = Names.skipSpaces(ctx.text, i + 1); // "Plan Smart City - X"
                    continue;
                }
                int we = Names.wordEnd(ctx.text, i);
                if (we == i) {
                    break;
                }
                String w = ctx.text.substring(i, we);
                boolean capital = Names.startsUpper(ctx.text, i) || Character.isDigit(w.charAt(0));
                boolean joiner = w.length() <= 3 && Names.startsUpper(ctx.text, Names.skipSpaces(ctx.text, we));
                if (!capital && !joiner) {
                    break;
                }
                if (capital) {
                    end = we < ctx.text.length() && ctx.text.charAt(we) == '+' ? we + 1 : we;
                }
                words++;
                if (we >= ctx.text.length() || ctx.text.charAt(we) != ' ') {
                    break;
                }
                i = Names.skipSpaces(ctx.text, we);
            }
            if (words >= 2) {
                ctx.add(mention(ctx, hit.begin(), end, hit.entry()));
            }
        }
    }

    /** "projektu SIERPC-LIKE 2.0", "project +Name": an upper-case or symbol-led token after the cue. */
    private static void unquotedAfterCue(TextContext ctx, String category) {
        for (Lexicon.Hit hit : ctx.hits(category)) {
            int start = Names.skipSpaces(ctx.text, hit.end());
            if (start >= ctx.text.length() || ctx.covered(start, start + 1)) {
                continue;
            }
            char c = ctx.text.charAt(start);
            if (!(c == '+' || c == '#' || Names.startsUpper(ctx.text, start))) {
                continue;
            }
            boolean marked = c == '+' || c == '#';
            int end = Names.wordEnd(ctx.text, marked ? start + 1 : start);
            String word = ctx.text.substring(start, end);
            if (marked && end <= start + 1) {
                continue; // a lone "#" or "+" names nothing
            }
            if (isNameLike(word) || marked) {
                end = nameRunEnd(ctx.text, end);
                ctx.add(mention(ctx, start, end, hit.entry()));
            } else if (Names.startsUpper(ctx.text, hit.begin()) && !Names.sentenceInitial(ctx, hit.begin())
                    && ctx.lexicon.lookup("org.head", word).isEmpty()) { // "Partnera Projektu Politechniki …"
                sentenceCaseName(ctx, start, end).ifPresent(e -> ctx.add(mention(ctx, start, e, hit.entry())));
            } else if (!ctx.lexicon.inAny(NOT_PROJECT_NAME, word) && !Names.precededBy(ctx, hit.begin(), "person.function")) {
                titleCaseName(ctx, start).ifPresent(e -> ctx.add(mention(ctx, start, e, hit.entry())));
            }
        }
    }

    /** Words that begin something else than a project's name: an organisation, a place's body, a programme, a person. */
    private static final List<String> NOT_PROJECT_NAME = List.of("org.head", "municipality.cue", "programme.cue",
            "person.function", "honorific", "meeting.cue", "location.prep", "partner.cue", "lead.cue", "strategy.cue");
    private static final int MAX_TITLE_WORDS = 6;

    /**
     * "proyecto Smart City Valladolid y Palencia", "Projeto Pocityf": after a lower-case cue, a
     * name in title case: capitalised words, short joiners between them, whose last word the text
     * writes again elsewhere, as it does a project's name (a one-off capitalised word after
     * "project" is more often the start of another name, a person's: "the project's manager Ana
     * Horvat"). No word may be an organisation's head.
     */
    private static Optional<Integer> titleCaseName(TextContext ctx, int start) {
        String text = ctx.text;
        int end = Names.wordEnd(text, start);
        int words = 1;
        int i = end;
        while (words < MAX_TITLE_WORDS && i < text.length() && text.charAt(i) == ' ') {
            int next = Names.skipSpaces(text, i);
            int we = Names.wordEnd(text, next);
            if (we == next) {
                break;
            }
            String w = text.substring(next, we);
            boolean capital = Names.startsUpper(text, next) || Character.isDigit(w.charAt(0));
            boolean joiner = !capital && w.length() <= 2 && Names.startsUpper(text, Names.skipSpaces(text, we));
            if (!capital && !joiner || ctx.lexicon.inAny(NOT_PROJECT_NAME, w)) {
                break;
            }
            i = we;
            if (capital) {
                end = we;
                words++;
            }
        }
        int lastBegin = end;
        while (lastBegin > start && Character.isLetterOrDigit(text.charAt(lastBegin - 1))) {
            lastBegin--;
        }
        String last = text.substring(lastBegin, end);
        if (last.length() >= 4 && ctx.timesWritten(last) >= 2) {
            return Optional.of(end);
        }
        return Optional.empty();
    }

    /**
     * "Proiectului Inovații digitale pentru orașe s-a …": after a capitalised cue, a name in sentence
     * case runs over lower-case words up to punctuation, a one-letter word, a short hyphenated verb
     * form ("s-a") or a cue word, at most six words.
     */
    private static Optional<Integer> sentenceCaseName(TextContext ctx, int start, int firstEnd) {
        Span sentence = ctx.sentenceAt(start);
        int end = firstEnd;
        int i = firstEnd;
        int words = 1;
        while (words < 6 && i < sentence.end() && ctx.text.charAt(i) == ' ') {
            int next = Names.skipSpaces(ctx.text, i);
            int we = Names.wordEnd(ctx.text, next);
            if (we == next) {
                break;
            }
            String w = ctx.text.substring(next, we);
            boolean stop = w.length() <= 1 || w.contains("-") && w.length() <= 4 || Character.isDigit(w.charAt(0))
                    || ctx.lexicon.lookup("participation.cue", w).isPresent()
                    || ctx.lexicon.lookup("meeting.cue", w).isPresent()
                    || ctx.lexicon.lookup("date.this_year", w).isPresent();
            if (stop) {
                break;
            }
            end = we;
            i = we;
            words++;
        }
        return words >= 2 ? Optional.of(end) : Optional.empty();
    }

    /** "ConnReg", "CIVIC", "3Smart", "eSTATE": two capitals or a digit in a word mark a name. */
    static boolean isNameLike(String word) {
        long capitals = word.chars().filter(Character::isUpperCase).count();
        boolean digitAndLetter = word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
        return word.length() >= 2 && (capitals >= 2 || digitAndLetter);
    }

    /** Further words of the same name: name-like words ("SK-AT", "eSTATE") and capitalised ones. */
    private static int nameRunEnd(String text, int from) {
        int end = from;
        for (int words = 0; words < 4; words++) {
            if (end >= text.length() || text.charAt(end) != ' ') {
                break;
            }
            int next = Names.skipSpaces(text, end);
            int we = Names.wordEnd(text, next);
            if (we == next) {
                break;
            }
            String w = text.substring(next, we);
            if (!isNameLike(w) && !(Names.startsUpper(text, next) && w.length() > 1 && w.equals(w.toUpperCase()))) {
                break;
            }
            end = we;
        }
        return end;
    }

    /**
     * Languages that put the cue after the name ("„X” projekt", "„X” -hanke", "„X” (full name)
     * projektas"): a project cue right after the closing quote, past a dash or a bracketed note.
     */
    private static Optional<Lexicon.Entry> cueAfter(TextContext ctx, int quoteEnd) {
        int i = skipDashesAndSpaces(ctx.text, quoteEnd);
        if (i < ctx.text.length() && ctx.text.charAt(i) == '(') {
            int close = ctx.text.indexOf(')', i);
            i = close < 0 || close - i > MAX_BRACKETED ? i : skipDashesAndSpaces(ctx.text, close + 1);
        }
        int we = Names.wordEnd(ctx.text, i);
        return we > i ? ctx.lexicon.lookup("project.cue", ctx.text, i, we) : Optional.empty();
    }

    private static final int MAX_BRACKETED = 160;

    /** The longest article that may open an apposition ("a", "ein", "une", "een"). */
    private static final int MAX_ARTICLE = 4;

    /** "‘X’, a project co-funded by …", "„X“, ein Projekt …": the cue in an apposition after the name. */
    private static Optional<Lexicon.Entry> cueInApposition(TextContext ctx, int quoteEnd) {
        int i = Names.skipSpaces(ctx.text, quoteEnd);
        if (i >= ctx.text.length() || ctx.text.charAt(i) != ',') {
            return Optional.empty();
        }
        i = Names.skipSpaces(ctx.text, i + 1);
        int we = Names.wordEnd(ctx.text, i);
        if (we > i && we - i <= MAX_ARTICLE && Character.isLowerCase(ctx.text.charAt(i))
                && ctx.lexicon.lookup("project.cue", ctx.text, i, we).isEmpty()) {
            i = Names.skipSpaces(ctx.text, we);
            we = Names.wordEnd(ctx.text, i);
        }
        return we > i ? ctx.lexicon.lookup("project.cue", ctx.text, i, we) : Optional.empty();
    }

    /**
     * "Coordinated by X, ‘Y’ will be piloted …": a quoted name shortly after a word saying who
     * coordinates or leads, in its sentence, names what is coordinated, a project.
     */
    private static Optional<Lexicon.Entry> coordinatedThing(TextContext ctx, int quoteStart) {
        boolean led = ctx.hitsIn("lead.cue", Math.max(0, quoteStart - MAX_GAP), quoteStart).stream()
                .anyMatch(h -> ctx.lexicon.lookup("person.function", h.text()).isEmpty()
                        && ctx.sentenceAt(h.begin()).equals(ctx.sentenceAt(quoteStart)));
        return led ? ctx.lexicon.entries("project.cue").stream().findFirst() : Optional.empty();
    }

    private static int skipDashesAndSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && " \u00A0–—-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static Optional<Lexicon.Entry> cueBefore(TextContext ctx, int quoteStart) {
        int from = Math.max(0, quoteStart - MAX_GAP);
        for (String category : new String[] {"project.cue", "strategy.cue", "network.cue", "programme.cue"}) {
            var hits = ctx.hitsIn(category, from, quoteStart);
            if (!hits.isEmpty()) {
                return Optional.of(hits.get(hits.size() - 1).entry());
            }
        }
        return Optional.empty();
    }

    private static Mention mention(TextContext ctx, int begin, int end, Lexicon.Entry cue) {
        String text = ctx.text.substring(begin, end);
        boolean programme = cue.category().equals("programme.cue");
        String subtype = switch (cue.category()) {
            case "strategy.cue" -> "Strategy";
            case "network.cue" -> "CityNetwork";
            default -> "";
        };
        return new Mention(programme ? MentionType.PROGRAMME : MentionType.PROJECT, begin, end, text,
                ctx.morphology.nominative(text), subtype, RULE + ":" + cue.category(), 0.8, Map.of());
    }
}
