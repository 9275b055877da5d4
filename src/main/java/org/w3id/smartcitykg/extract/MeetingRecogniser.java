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
        for (Span sentence : ctx.sentences) {
            List<Mention> dates = ctx.inSpan(MentionType.DATE, sentence);
            if (dates.isEmpty()) {
                continue;
            }
            String s = ctx.text.substring(sentence.begin(), sentence.end());
            Optional<Lexicon.Hit> cue = ctx.lexicon.find("meeting.cue", s).stream()
                    .min(Comparator.comparingInt(Lexicon.Hit::begin));
            cue.ifPresent(hit -> addMeeting(ctx, sentence, hit, nearest(dates, sentence.begin() + hit.begin())));
        }
    }

    private static void addMeeting(TextContext ctx, Span sentence, Lexicon.Hit hit, Mention date) {
        int begin = sentence.begin() + hit.begin();
        String subtype = hit.entry().attribute().isEmpty() ? "Meeting" : hit.entry().attribute();
        int end = phraseEnd(ctx, sentence, sentence.begin() + hit.end());
        String phrase = ctx.text.substring(begin, end);
        Mention meeting = new Mention(MentionType.MEETING, begin, end, phrase,
                Names.capitalise(ctx.morphology.nominative(phrase)), subtype, RULE, 0.7,
                Map.of(CUE, hit.text()));
        ctx.add(meeting);
        ctx.relations.add(Relation.withValue(meeting, "startDate", date.attribute(Mention.START).orElseThrow(),
                sentence, RULE, 0.8));
        ctx.relations.add(Relation.withValue(meeting, "endDate", date.attribute(Mention.END).orElseThrow(),
                sentence, RULE, 0.8));
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
