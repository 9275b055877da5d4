package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Optional;

/**
 * The project side of the document frame. A news item is mostly about one project, so what it
 * lists belongs to that project unless the sentence says otherwise: organisations named one after
 * another are its partners (in a sentence about a meeting they are the meeting's, see
 * {@link MeetingFrame}), and a town's own body among its partners puts the project in that town.
 */
final class ProjectFrame implements Recogniser {
    static final String LIST_RULE = "frame:listed-organisations";
    static final String SITE_RULE = "frame:municipal-partner";

    @Override
    public void recognise(TextContext ctx) {
        Optional<Mention> main = RelationRules.mainProject(ctx);
        if (main.isEmpty()) {
            return;
        }
        KnownFacts known = ctx.knownFacts();
        for (Span sentence : ctx.sentences) {
            if (aboutAnEvent(ctx, sentence)) {
                continue;
            }
            Optional<Mention> project = RelationRules.projectFor(ctx, sentence, main);
            for (List<Mention> list : OrganisationRuns.in(ctx, sentence)) {
                for (Mention partner : list) {
                    if (!known.knows(project.get(), "leadPartner", partner)) {
                        known.add(ctx, Relation.between(project.get(), "hasPartner", partner, sentence, LIST_RULE, 0.5));
                    }
                }
            }
        }
        municipalSites(ctx, known);
    }

    /**
     * A sentence that reports who took part in a meeting lists participants, not partners: one
     * that names a meeting, or says who took part in a text that reports one ("took part in the
     * project" lists partners).
     */
    static boolean aboutAnEvent(TextContext ctx, Span sentence) {
        return !ctx.inSpan(MentionType.MEETING, sentence).isEmpty()
                || ctx.hasCue("participation.cue", sentence) && !ctx.ofType(MentionType.MEETING).isEmpty();
    }

    /**
     * A project with a town's own body among its partners runs in that town: the body's seat, or
     * the place its name holds.
     */
    private static void municipalSites(TextContext ctx, KnownFacts known) {
        List<Relation> partnerships = ctx.relations.stream()
                .filter(r -> r.property().equals("hasPartner") || r.property().equals("leadPartner"))
                .filter(r -> r.object().subtype().equals("Municipality")).toList();
        for (Relation r : partnerships) {
            Mention body = r.object();
            Span name = new Span(body.begin(), body.end());
            List<Mention> places = ctx.inSpan(MentionType.CITY, name);
            if (!places.isEmpty()) {
                known.add(ctx, Relation.between(r.subject(), "implementedIn", places.get(places.size() - 1), name,
                        SITE_RULE, 0.5));
            }
        }
    }
}
