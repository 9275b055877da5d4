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
        int end = from;
        int i = from;
        for (int words = 0; words < 12 && i < sentence.end(); words++) {
            char c = ctx.text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '.' && i + 1 >= sentence.end()) {
                break;
            }
            int next = Names.skipSpaces(ctx.text, i);
            if (next >= sentence.end()) {
                break;
            }
            int quoted = Names.quotedEnd(ctx.text, next, sentence.end());
            if (quoted == Names.UNCLOSED) {
                break;
            }
            if (quoted != Names.NOT_QUOTED) {
                end = quoted;
                i = end;
                continue;
            }
            int we = Names.wordEnd(ctx.text, next);
            if (we == next || startsDateOrCue(ctx, next)
                    || we < sentence.end() && ctx.text.charAt(we) == '.' && we - next <= 3) {
                break; // an abbreviation ("pn.", "ul.") opens another phrase
            }
            end = we;
            i = we;
        }
        return end;
    }

    /** A date, a participation verb or a location preposition ends the meeting's phrase. */
    private static boolean startsDateOrCue(TextContext ctx, int offset) {
        if (ctx.mentions.stream().anyMatch(m -> m.type() == MentionType.DATE && m.begin() == offset)) {
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
