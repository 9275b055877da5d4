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
        Mention meeting = new Mention(MentionType.MEETING, begin, sentence.begin() + hit.end(), hit.text(),
                hit.entry().lemma(), subtype, RULE, 0.7, Map.of());
        ctx.add(meeting);
        ctx.relations.add(Relation.withValue(meeting, "startDate", date.attribute(Mention.START).orElseThrow(),
                sentence, RULE, 0.8));
        ctx.relations.add(Relation.withValue(meeting, "endDate", date.attribute(Mention.END).orElseThrow(),
                sentence, RULE, 0.8));
    }

    private static Mention nearest(List<Mention> dates, int offset) {
        return dates.stream().min(Comparator.comparingInt(d -> Math.abs(d.begin() - offset))).orElseThrow();
    }
}
