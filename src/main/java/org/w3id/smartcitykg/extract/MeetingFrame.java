package org.w3id.smartcitykg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The event side of the document frame. An item that reports one meeting reports it throughout:
 * the people it gives a function to took part in it, the organisations its event sentences list
 * took part too, it is about the document's project, and it was held at the place its paragraph
 * (else its headline) names, even when its own sentence names none.
 */
final class MeetingFrame implements Recogniser {
    static final String RULE = "frame:single-meeting";

    @Override
    public void recognise(TextContext ctx) {
        Meetings meetings = new Meetings(ctx.ofType(MentionType.MEETING));
        if (meetings.distinct() != 1) {
            return;
        }
        Mention meeting = meetings.byBegin().get(0);
        KnownFacts known = ctx.knownFacts();
        Span sentence = ctx.sentenceAt(meeting.begin());
        for (Mention person : ctx.ofType(MentionType.PERSON)) {
            if (known.has(person, "role")) {
                known.add(ctx, Relation.between(meeting, "participant", person, ctx.sentenceAt(person.begin()), RULE, 0.5));
            }
        }
        for (Span s : ctx.sentences) {
            if (ProjectFrame.aboutAnEvent(ctx, s)) {
                OrganisationRuns.in(ctx, s).forEach(list -> list.forEach(org ->
                        known.add(ctx, Relation.between(meeting, "participant", org, s, RULE, 0.5))));
            }
        }
        if (!known.has(meeting, "aboutProject")) {
            RelationRules.mainProject(ctx).ifPresent(project -> known.add(ctx,
                    Relation.between(meeting, "aboutProject", project, sentence, RULE, 0.5)));
        }
        if (!known.has(meeting, "heldIn")) {
            placeFor(ctx, meeting).ifPresent(city -> known.add(ctx,
                    Relation.between(meeting, "heldIn", city, sentence, RULE, 0.5)));
        }
    }

    /**
     * The place named after a preposition nearest the meeting in its paragraph, else in the
     * headline, else the dateline's place: where the item was written from is where its one
     * event happened, unless the text says otherwise.
     */
    private static Optional<Mention> placeFor(TextContext ctx, Mention meeting) {
        Optional<Mention> inParagraph = nearestPlace(ctx, paragraphAt(ctx.text, meeting.begin()), meeting.begin());
        if (inParagraph.isPresent() || ctx.sentences.isEmpty()) {
            return inParagraph;
        }
        return nearestPlace(ctx, ctx.sentences.get(0), meeting.begin()).or(() -> datelinePlace(ctx));
    }

    /**
     * The first place of a dateline: one that opens a line followed by a dash, a comma or a date
     * ("LECCE –", "Lipsko 11.-12.10.2012"), or one on a short line with a date ("12. 10. 2012,
     * Lipsko, Německo"). A dateline names where the item comes from, without a preposition.
     */
    static Optional<Mention> datelinePlace(TextContext ctx) {
        return ctx.ofType(MentionType.CITY).stream()
                .filter(city -> Datelines.opensDateline(ctx.text, city.begin(), city.end())
                        || onDatedShortLine(ctx, city))
                .filter(city -> !RelationRules.insideOther(ctx, city))
                .min(Comparator.comparingInt(Mention::begin));
    }

    /** Longer than this a line is running text, not a dateline. */
    private static final int MAX_DATELINE = 80;

    private static boolean onDatedShortLine(TextContext ctx, Mention city) {
        Span line = paragraphAt(ctx.text, city.begin());
        return line.end() - line.begin() <= MAX_DATELINE && ctx.mentions.overlapping(line.begin(), line.end()).stream()
                .anyMatch(m -> m.type() == MentionType.DATE);
    }

    private static Optional<Mention> nearestPlace(TextContext ctx, Span span, int offset) {
        List<Mention> places = ctx.inSpan(MentionType.CITY, span).stream()
                .filter(c -> c.attribute(PlaceCandidateRecogniser.AFTER_PREPOSITION).orElse("false").equals("true"))
                .filter(c -> !RelationRules.insideOther(ctx, c))
                .toList();
        return places.stream().min(Comparator.comparingInt(c -> Math.abs(c.begin() - offset)));
    }

    /** The line holding {@code offset}: news paragraphs are lines. */
    static Span paragraphAt(String text, int offset) {
        int begin = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = text.indexOf('\n', offset);
        return new Span(begin, end < 0 ? text.length() : end);
    }
}
