package org.w3id.smartcitykg.extract;

import java.util.Map;

/**
 * A person is two or three capitalised words right after an honorific ("Pan", "dr inż.",
 * "domnul", "г-н") or a function ("burmistrz", "mayor").
 */
final class PersonRecogniser implements Recogniser {
    static final String RULE = "honorific+name";

    @Override
    public void recognise(TextContext ctx) {
        for (String category : new String[] {"honorific", "person.function"}) {
            for (Lexicon.Hit hit : ctx.lexicon.find(category, ctx.text)) {
                int start = skipTitles(ctx, Names.skipSpaces(ctx.text, afterDot(ctx.text, hit.end())));
                int end = nameEnd(ctx.text, start);
                if (category.equals("person.function") && wordCount(ctx.text, start, end) == 3) {
                    // "wiceprezydent Wrocławia Anna Kowalczyk": the function's complement comes first.
                    start = Names.skipSpaces(ctx.text, Names.wordEnd(ctx.text, start));
                }
                if (end > start && !ctx.covered(start, end)) {
                    String name = ctx.text.substring(start, end);
                    ctx.add(new Mention(MentionType.PERSON, start, end, name, ctx.morphology.personNominative(name), "",
                            RULE + ":" + category, category.equals("honorific") ? 0.8 : 0.6, Map.of()));
                }
            }
        }
    }

    private static int wordCount(String text, int start, int end) {
        return end <= start ? 0 : text.substring(start, end).split(" +").length;
    }

    private static int afterDot(String text, int offset) {
        return offset < text.length() && text.charAt(offset) == '.' ? offset + 1 : offset;
    }

    /** "Pan dr inż. Jan Nowak": skip further honorifics between the first one and the name. */
    private static int skipTitles(TextContext ctx, int offset) {
        int i = offset;
        while (i < ctx.text.length()) {
            int we = Names.wordEnd(ctx.text, i);
            if (we == i || ctx.lexicon.lookup("honorific", ctx.text.substring(i, we)).isEmpty()) {
                return i;
            }
            i = Names.skipSpaces(ctx.text, afterDot(ctx.text, we));
        }
        return i;
    }

    /** Two or three capitalised words, none of them all capitals (an acronym is not a first name). */
    private static int nameEnd(String text, int start) {
        int end = start;
        int words = 0;
        int i = start;
        while (words < 3 && Names.startsUpper(text, i)) {
            int we = Names.wordEnd(text, i);
            String word = text.substring(i, we);
            if (word.length() < 2 || word.equals(word.toUpperCase()) || !word.chars().allMatch(Character::isLetter)
                    && word.indexOf('-') < 0) {
                break;
            }
            end = we;
            words++;
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            i = Names.skipSpaces(text, we);
        }
        return words >= 2 ? end : start;
    }
}
