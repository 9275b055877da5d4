package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisations a sentence names one after another: "A, B and C", "A; B; C", "A (country), B",
 * "A – B". Between two neighbours stand only separators, list conjunctions, articles and a
 * bracketed note; runs of two or more are lists. A venue ("in A") or a name inside another
 * name is no item of a list.
 */
final class OrganisationRuns {
    /** Words in the gap between two listed names, besides punctuation: "and the", "as well as". */
    private static final int MAX_GAP_WORDS = 3;
    private static final int MAX_GAP_CHARS = 40;
    /** Compiled once: the gap between two names is read at every pair of neighbours. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0]+");
    private static final java.util.regex.Pattern EDGE_PUNCTUATION = java.util.regex.Pattern.compile("^[,;–—-]+|[,;–—-]+$");
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[,;–—-]+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’]");
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^()]*\\)");

    private OrganisationRuns() {}

    static List<List<Mention>> in(TextContext ctx, Span sentence) {
        List<Mention> items = ctx.inSpan(MentionType.PARTNER, sentence).stream()
                .filter(p -> !RelationRules.isVenue(ctx, p) && !RelationRules.insideOther(ctx, p)
                        && ctx.mentions.containing(p.begin(), p.end()).stream()
                                .noneMatch(o -> o != p && o.type() == MentionType.PARTNER))
                .toList();
        List<List<Mention>> runs = new ArrayList<>();
        List<Mention> run = new ArrayList<>();
        for (Mention item : items) {
            if (!run.isEmpty() && !listGlue(ctx, run.get(run.size() - 1).end(), item.begin())) {
                keep(runs, run);
                run = new ArrayList<>();
            }
            run.add(item);
        }
        keep(runs, run);
        return runs;
    }

    private static void keep(List<List<Mention>> runs, List<Mention> run) {
        if (run.size() >= 2) {
            runs.add(List.copyOf(run));
        }
    }

    /** Whether only list glue stands between {@code from} and {@code to}. */
    static boolean listGlue(TextContext ctx, int from, int to) {
        if (to < from || to - from > MAX_GAP_CHARS) {
            return false;
        }
        String gap = withoutBrackets(ctx.text.substring(from, to));
        boolean separated = false;
        int words = 0;
        for (String token : SPACES.split(gap)) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            separated |= !word.equals(token) || PUNCTUATION.matcher(token).matches();
            if (word.isEmpty()) {
                continue;
            }
            boolean conjunction = ctx.lexicon.lookup("date.conj", word).filter(e -> "list".equals(e.attribute()))
                    .isPresent();
            String letters = APOSTROPHES.matcher(word).replaceAll("");
            boolean article = !letters.isEmpty() && letters.length() <= 3 && letters.chars().allMatch(Character::isLowerCase);
            if (!conjunction && !article || ++words > MAX_GAP_WORDS) {
                return false;
            }
            separated |= conjunction;
        }
        return separated;
    }

    /** The gap with bracketed notes taken out: "A (Portugal), B (PB2) and C". */
    private static String withoutBrackets(String gap) {
        return BRACKETED.matcher(gap).replaceAll(" ");
    }
}
