package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Map;

/**
 * Towns as bodies: a municipality cue followed by the places it governs ("Město Lipsko",
 * "municipalities of X, Y and Z", "municipalități din X (Italia), Y (Spania)"). Each place named
 * gets an organisation of its own, seated there, with the bare place name as an alias.
 */
final class MunicipalityRecogniser implements Recogniser {
    static final String RULE = "municipality.cue+place";
    /** Where the cue that made a place a body begins: a preposition before it makes the body a venue. */
    static final String CUE_BEGIN = "cueBegin";
    private static final int MAX_PLACES = 12;

    @Override
    public void recognise(TextContext ctx) {
        for (Lexicon.Hit hit : ctx.hits("municipality.cue")) {
            // "the city of X" is a body only where the sentence makes it a partner.
            if (!hit.entry().attribute().equals("Municipality") && !inPartnerSentence(ctx, hit.begin())) {
                continue;
            }
            if (placedBy(ctx, hit.begin())) {
                continue; // "w Gminie X", "in the municipality of X": the place, not the body
            }
            Span sentence = ctx.sentenceAt(hit.begin());
            String body = Names.capitalise(hit.entry().lemma());
            for (Mention city : placesAfter(ctx, hit.end(), sentence)) {
                if (ctx.mentions.overlapping(city.begin(), city.end()).stream()
                        .anyMatch(m -> m.type() != MentionType.CITY && m.type() != MentionType.DATE)) {
                    continue; // already part of a named organisation ("Община X") or a person's name
                }
                ctx.add(new Mention(MentionType.PARTNER, city.begin(), city.end(), city.text(),
                        body + " " + city.canonical(), "Municipality", RULE, 0.6, Map.of("place", city.canonical(), CUE_BEGIN, Integer.toString(hit.begin()))));
            }
        }
    }

    /**
     * The place candidates listed right after the cue: separated by commas and conjunctions,
     * perhaps each followed by its country in brackets, after a linking word ("of", "din", "de").
     */
    private static List<Mention> placesAfter(TextContext ctx, int from, Span sentence) {
        List<Mention> cities = ctx.inSpan(MentionType.CITY, sentence);
        java.util.ArrayList<Mention> listed = new java.util.ArrayList<>();
        int i = from;
        while (listed.size() < MAX_PLACES && i < sentence.end()) {
            int next = skipListGlue(ctx, i, sentence.end(), listed.isEmpty());
            Mention city = null;
            for (Mention c : cities) {
                if (c.begin() == next) {
                    city = c;
                    break;
                }
            }
            if (city == null) {
                break;
            }
            listed.add(city);
            i = skipBrackets(ctx.text, city.end(), sentence.end());
        }
        return listed;
    }

    /** Commas, conjunctions, and before the first place a short linking word ("din", "of", "de"). */
    private static int skipListGlue(TextContext ctx, int from, int limit, boolean first) {
        int i = from;
        while (i < limit) {
            char c = ctx.text.charAt(i);
            if (c == ' ' || c == ',' || c == '\u00A0') {
                i++;
                continue;
            }
            int we = Names.wordEnd(ctx.text, i);
            if (we == i || Names.startsUpper(ctx.text, i)
                    && ctx.lexicon.lookup("municipality.cue", ctx.text, i, we).isEmpty()) {
                return i;
            }
            String word = ctx.text.substring(i, we);
            boolean glue = ctx.lexicon.lookup("date.conj", word).isPresent()
                    || ctx.lexicon.lookup("municipality.cue", word).isPresent()
                    || first && (word.length() <= 3 || ctx.lexicon.lookup("location.prep", word).isPresent());
            if (!glue) {
                return i;
            }
            i = we;
        }
        return i;
    }

    /**
     * Whether a preposition of place stands right before {@code offset}, unless it follows a
     * function ("representatives of the municipality of X", "mayor of"): it then says whose, not where.
     */
    static boolean placedBy(TextContext ctx, int offset) {
        if (!Names.precededBy(ctx, offset, "location.prep")) {
            return false;
        }
        int preposition = Names.previousWordStart(ctx.text, offset);
        return !(preposition >= 0 && Names.precededBy(ctx, preposition, "person.function"));
    }

    private static boolean inPartnerSentence(TextContext ctx, int offset) {
        Span sentence = ctx.sentenceAt(offset);
        return ctx.hasCue("partner.cue", sentence) || ctx.hasCue("lead.cue", sentence);
    }

    private static int skipBrackets(String text, int from, int limit) {
        int i = Names.skipSpaces(text, from);
        if (i < limit && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            return close > 0 && close < limit ? close + 1 : i;
        }
        return from;
    }
}
