package org.w3id.smartcitykg.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme named by a capitalised cue word and what follows it: "Programu Operacyjnego Pomoc
 * Techniczna 2014-2020", "Programul Operațional Regional", "Fondo Europeo de Desarrollo
 * Regional". Registered programmes are matched again by name in the link stage.
 */
final class ProgrammeRecogniser implements Recogniser {
    static final String RULE = "programme.cue+name";
    private static final Pattern PERIOD = Pattern.compile("\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\+?)");
    private static final int MAX_WORDS = 8;

    @Override
    public void recognise(TextContext ctx) {
        for (Lexicon.Hit hit : ctx.hits("programme.cue")) {
            if (!Names.startsUpper(ctx.text, hit.begin()) || ctx.covered(hit.begin(), hit.end())) {
                continue;
            }
            int end = extend(ctx, hit.end());
            Matcher period = PERIOD.matcher(ctx.text).region(end, ctx.text.length());
            if (period.lookingAt()) {
                end = period.end();
            }
            if (end > hit.end()) {
                String name = ctx.text.substring(hit.begin(), end);
                ctx.add(new Mention(MentionType.PROGRAMME, hit.begin(), end, name, ctx.morphology.nominative(name),
                        hit.entry().attribute(), RULE, 0.7, Map.of()));
            }
        }
    }

    /** Capitalised words and the joiners between them, as in organisation names. */
    private static int extend(TextContext ctx, int from) {
        String text = ctx.text;
        int end = from;
        int i = Names.skipSpaces(text, from);
        for (int w = 0; w < MAX_WORDS && i < text.length(); w++) {
            int we = Names.wordEnd(text, i);
            if (we == i) {
                break;
            }
            String word = text.substring(i, we);
            boolean capital = Names.startsUpper(text, i);
            boolean joiner = word.length() <= 3 && !capital && Names.startsUpper(text, Names.skipSpaces(text, we));
            if (!capital && !joiner) {
                break;
            }
            if (capital) {
                end = we;
            }
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            i = Names.skipSpaces(text, we);
        }
        return end;
    }
}
