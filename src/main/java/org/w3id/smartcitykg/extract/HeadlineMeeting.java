package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Optional;

/**
 * A news item's first sentence states its topic. A meeting word there ("Partner meeting in X"), or
 * a verb saying that people met or signed something ("Project X partners meet in Y"), reports a
 * meeting even though the date comes on a line of its own or later in the text, or not at all.
 */
final class HeadlineMeeting {
    static final String VERB_CATEGORY = "meeting.verb";
    /** How many sentences after the headline may still give the meeting's date. */
    private static final int EVENT_SENTENCES = 6;

    private HeadlineMeeting() {
    }

    static void recognise(TextContext ctx, boolean cueOnly) {
        if (ctx.sentences.size() < 2) {
            return; // a single sentence is no headline
        }
        Span headline = ctx.sentences.get(0);
        if (!ctx.inSpan(MentionType.MEETING, headline).isEmpty() || !ctx.inSpan(MentionType.DATE, headline).isEmpty()) {
            return; // the dated rule has read it
        }
        Optional<Lexicon.Hit> noun = first(ctx.hitsIn("meeting.cue", headline));
        Optional<Lexicon.Hit> verb = first(ctx.hitsIn(VERB_CATEGORY, headline));
        Optional<Lexicon.Hit> cue = noun.or(() -> verb);
        if (cue.isEmpty()) {
            return;
        }
        String subtype = MeetingRecogniser.subtypeOf(cue.get());
        Optional<Mention> told = toldAgain(ctx, subtype);
        Optional<Mention> date = told.flatMap(m -> dateOf(ctx, m)).or(() -> dateline(ctx)).or(() -> eventDate(ctx));
        // The body's account of the same meeting decides its kind, so that both are one meeting.
        String kind = told.map(Mention::subtype).orElse(subtype);
        if (noun.isPresent()) {
            Span span = MeetingRecogniser.phrase(ctx, headline, noun.get(), cueOnly);
            MeetingRecogniser.add(ctx, headline, span, MeetingRecogniser.nominative(ctx, span), kind, noun.get().text(), date);
            return;
        }
        // "X partners meet in Y" has no noun to name the meeting by: the headline names it.
        Span span = trimmed(ctx.text, headline);
        MeetingRecogniser.add(ctx, headline, span, ctx.text.substring(span.begin(), span.end()), kind,
                verb.get().text(), date);
    }

    /**
     * The body's dated account of the headline's meeting: the first dated meeting of the same
     * kind, else the first dated meeting at all (a headline says "event", the body "study visit").
     */
    private static Optional<Mention> toldAgain(TextContext ctx, String subtype) {
        List<Mention> dated = ctx.ofType(MentionType.MEETING).stream().filter(m -> dateOf(ctx, m).isPresent()).toList();
        return dated.stream().filter(m -> m.subtype().equals(subtype)).findFirst().or(() -> dated.stream().findFirst());
    }

    /** A line after the headline that holds a date and no other word. */
    private static Optional<Mention> dateline(TextContext ctx) {
        for (int k = 1; k < Math.min(3, ctx.sentences.size()); k++) {
            Span line = ctx.sentences.get(k);
            List<Mention> dates = ctx.inSpan(MentionType.DATE, line);
            if (dates.size() == 1 && !hasLetters(ctx.text, line.begin(), dates.get(0).begin())
                    && !hasLetters(ctx.text, dates.get(0).end(), line.end())) {
                return Optional.of(dates.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> eventDate(TextContext ctx) {
        for (int k = 1; k < Math.min(EVENT_SENTENCES, ctx.sentences.size()); k++) {
            Span sentence = ctx.sentences.get(k);
            List<Mention> dates = ctx.inSpan(MentionType.DATE, sentence);
            if (!dates.isEmpty() && (ctx.hasCue(VERB_CATEGORY, sentence) || ctx.hasCue("participation.cue", sentence))) {
                return Optional.of(dates.get(0));
            }
        }
        return Optional.empty();
    }

    /** The date mention a meeting's start was read from. */
    private static Optional<Mention> dateOf(TextContext ctx, Mention meeting) {
        Optional<String> start = ctx.relations.stream()
                .filter(r -> r.subject() == meeting && r.property().equals("startDate"))
                .map(Relation::value).findFirst();
        return start.flatMap(day -> ctx.inSpan(MentionType.DATE, ctx.sentenceAt(meeting.begin())).stream()
                .filter(d -> d.attribute(Mention.START).orElse("").equals(day)).findFirst());
    }

    private static Optional<Lexicon.Hit> first(List<Lexicon.Hit> hits) {
        return hits.stream().min(java.util.Comparator.comparingInt(Lexicon.Hit::begin));
    }

    private static boolean hasLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Span trimmed(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".:!".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new Span(b, e);
    }
}
