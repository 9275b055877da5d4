package org.w3id.smartcitykg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting is a cue word ("konferencja", "workshop", "среща") in a sentence that also gives a
 * date: without a date there is no meeting, only talk of one.
 */
final class MeetingRecogniser implements Recogniser {
    static final String RULE = "meeting.cue+date";

    @Override
    public void recognise(TextContext ctx) {
        boolean cueOnly = ctx.lexicon.headFinal();
        for (Span sentence : ctx.sentences) {
            List<Mention> dates = ctx.inSpan(MentionType.DATE, sentence);
            if (dates.isEmpty()) {
                continue;
            }
            List<Lexicon.Hit> cues = ctx.hitsIn("meeting.cue", sentence);
            if (!cues.isEmpty()) {
                Lexicon.Hit hit = cues.get(0);
                addMeeting(ctx, sentence, hit, Optional.of(nearest(dates, hit.begin())), cueOnly);
            }
        }
        HeadlineMeeting.recognise(ctx, cueOnly);
    }

    /**
     * A meeting named by the cue {@code hit} of {@code sentence}; in a language that puts a noun's
     * modifiers before it ({@code cueOnly}) the words after the cue belong to the clause, so the
     * cue alone names it.
     */
    static Mention addMeeting(TextContext ctx, Span sentence, Lexicon.Hit hit, Optional<Mention> date, boolean cueOnly) {
        Span span = phrase(ctx, sentence, hit, cueOnly);
        return add(ctx, sentence, span, nominative(ctx, span), subtypeOf(hit), hit.text(), date);
    }

    /** The words that name a meeting: from its cue to where {@link #phraseEnd} and a quotation stop. */
    static Span phrase(TextContext ctx, Span sentence, Lexicon.Hit hit, boolean cueOnly) {
        int begin = hit.begin();
        int cueEnd = hit.end();
        return new Span(begin, cueOnly ? cueEnd : beforeQuotation(ctx.text, cueEnd, phraseEnd(ctx, sentence, cueEnd)));
    }

    static String nominative(TextContext ctx, Span span) {
        return Names.capitalise(ctx.morphology.nominative(ctx.text.substring(span.begin(), span.end())));
    }

    /** A meeting over {@code span} named {@code canonical}, dated by {@code date} when the text gives one. */
    static Mention add(TextContext ctx, Span sentence, Span span, String canonical, String subtype, String cue,
                       Optional<Mention> date) {
        // The first day, when known, tells one meeting from another (see Meetings).
        Map<String, String> attributes = date.map(d -> Map.of(CUE, cue, Mention.START, d.attribute(Mention.START).orElseThrow()))
                .orElse(Map.of(CUE, cue));
        Mention meeting = new Mention(MentionType.MEETING, span.begin(), span.end(),
                ctx.text.substring(span.begin(), span.end()), canonical, subtype, RULE, 0.7, attributes);
        ctx.add(meeting);
        date.ifPresent(d -> {
            ctx.relations.add(Relation.withValue(meeting, "startDate", d.attribute(Mention.START).orElseThrow(),
                    sentence, RULE, 0.8));
            ctx.relations.add(Relation.withValue(meeting, "endDate", d.attribute(Mention.END).orElseThrow(),
                    sentence, RULE, 0.8));
        });
        return meeting;
    }

    static String subtypeOf(Lexicon.Hit hit) {
        return hit.entry().attribute().isEmpty() ? "Meeting" : hit.entry().attribute();
    }

    /** Opening quotation marks: a quoted title after a meeting word names the project, not the meeting. */
    private static final String QUOTES = "„\"«“”‚‘»";

    /**
     * The phrase up to the first quotation after the cue ("the closing conference of the project
     * „X”" is named by the words before „X”), without the spaces and linking punctuation before it.
     */
    static int beforeQuotation(String text, int cueEnd, int end) {
        int quote = Names.indexOfAny(text, QUOTES, cueEnd, end);
        if (quote < 0) {
            return end;
        }
        int e = quote;
        while (e > cueEnd && (Character.isWhitespace(text.charAt(e - 1)) || ":-–,".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    static final String CUE = "cue";

    /**
     * The meeting's descriptive phrase: the cue and the words after it up to a date, a verb-like
     * break or punctuation ("konferencja podsumowująca projekt „X”", "prezentarea inițială a
     * Proiectului X"), at most a dozen words.
     */
    private static int phraseEnd(TextContext ctx, Span sentence, int from) {
        return Names.phraseEnd(ctx, sentence, from, 12, (next, we) -> startsDateOrCue(ctx, next)
                // an abbreviation ("pn.", "ul.") opens another phrase
                || we < sentence.end() && ctx.text.charAt(we) == '.' && we - next <= 3);
    }

    /** A date, a participation verb or a location preposition ends the meeting's phrase. */
    private static boolean startsDateOrCue(TextContext ctx, int offset) {
        if (ctx.mentions.beginningAt(offset).stream().anyMatch(m -> m.type() == MentionType.DATE)) {
            return true;
        }
        String word = ctx.text.substring(offset, Names.wordEnd(ctx.text, offset));
        return Character.isDigit(word.isEmpty() ? ' ' : word.charAt(0))
                || ctx.lexicon.lookup("participation.cue", word).isPresent()
                || ctx.lexicon.lookup("location.prep", word).isPresent();
    }

    private static Mention nearest(List<Mention> dates, int offset) {
        return dates.stream().min(Comparator.comparingInt(d -> Math.abs(d.begin() - offset))).orElseThrow();
    }
}
