package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in quotation marks, or capitalised right after a cue word: "projekt „X”", "proiectul X",
 * "проект +X". The cue says what the name names: a project, a strategy, a network, a programme.
 */
final class QuotedNameRecogniser implements Recogniser {
    static final String RULE = "cue+name";
    private static final Pattern QUOTED = Pattern.compile(
            "[„“”\"«»‚]([^„“”\"«»\\n]{2,200}?)[”“\"»«]|,,([^\\n“”\"]{2,200}?)[“”\"]");
    private static final int MAX_GAP = 40;

    @Override
    public void recognise(TextContext ctx) {
        Matcher m = QUOTED.matcher(ctx.text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String name = m.group(group).strip();
            if (name.isEmpty() || name.chars().noneMatch(Character::isLetterOrDigit) || !Names.startsUpper(name, 0) && !Character.isDigit(name.charAt(0))
                    && name.charAt(0) != '+' && name.charAt(0) != '#') {
                continue;
            }
            cueBefore(ctx, m.start()).ifPresent(cue -> ctx.add(mention(ctx, m.start(group), m.end(group), cue)));
        }
        unquotedAfterCue(ctx, "project.cue");
    }

    /** "projektu SIERPC-LIKE 2.0", "project +Name": an upper-case or symbol-led token after the cue. */
    private static void unquotedAfterCue(TextContext ctx, String category) {
        for (Lexicon.Hit hit : ctx.lexicon.find(category, ctx.text)) {
            int start = Names.skipSpaces(ctx.text, hit.end());
            if (start >= ctx.text.length() || ctx.covered(start, start + 1)) {
                continue;
            }
            char c = ctx.text.charAt(start);
            if (!(c == '+' || c == '#' || Names.startsUpper(ctx.text, start))) {
                continue;
            }
            int end = Names.wordEnd(ctx.text, start);
            String word = ctx.text.substring(start, end);
            if (isNameLike(word) || c == '+' || c == '#') {
                end = nameRunEnd(ctx.text, end);
                ctx.add(mention(ctx, start, end, hit.entry()));
            }
        }
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

    private static Optional<Lexicon.Entry> cueBefore(TextContext ctx, int quoteStart) {
        int from = Math.max(0, quoteStart - MAX_GAP);
        String window = ctx.text.substring(from, quoteStart);
        for (String category : new String[] {"project.cue", "strategy.cue", "network.cue", "programme.cue"}) {
            var hits = ctx.lexicon.find(category, window);
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
