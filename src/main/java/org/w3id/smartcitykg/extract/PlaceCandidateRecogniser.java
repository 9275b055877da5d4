package org.w3id.smartcitykg.extract;

import java.util.Map;

/**
 * Capitalised words that may name a place: after a locative preposition ("w Sierpcu"-like
 * phrases, "în X", "в X") they are strong candidates; elsewhere, outside other names and not
 * first in a sentence, weak ones. The link stage keeps only those the gazetteer knows.
 */
final class PlaceCandidateRecogniser implements Recogniser {
    static final String RULE_PREP = "location.prep+name";
    static final String RULE_BARE = "capitalised";
    public static final String AFTER_PREPOSITION = "afterPreposition";

    @Override
    public void recognise(TextContext ctx) {
        String text = ctx.text;
        int i = 0;
        while (i < text.length()) {
            if (Names.startsUpper(text, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = Names.capitalisedRun(text, i, 3);
                if (end > i) {
                    addCandidate(ctx, i, end);
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    private static void addCandidate(TextContext ctx, int begin, int end) {
        boolean afterPreposition = precededByPreposition(ctx, begin);
        if (!afterPreposition && Names.sentenceInitial(ctx, begin)) {
            return;
        }
        String name = ctx.text.substring(begin, end);
        String canonical = name.indexOf(' ') < 0 ? ctx.morphology.lemma(name).orElse(name)
                : ctx.morphology.nominative(name);
        ctx.add(new Mention(MentionType.CITY, begin, end, name, canonical, "",
                afterPreposition ? RULE_PREP : RULE_BARE, afterPreposition ? 0.7 : 0.4,
                Map.of(AFTER_PREPOSITION, Boolean.toString(afterPreposition))));
    }

    private static boolean precededByPreposition(TextContext ctx, int begin) {
        int j = begin;
        while (j > 0 && ctx.text.charAt(j - 1) == ' ') {
            j--;
        }
        int ws = j;
        while (ws > 0 && (Character.isLetter(ctx.text.charAt(ws - 1)) || ctx.text.charAt(ws - 1) == '.')) {
            ws--;
        }
        return ws < j && ctx.lexicon.lookup("location.prep", ctx.text.substring(ws, j)).isPresent();
    }
}
