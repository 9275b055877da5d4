package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person whose role names no organisation speaks for the organisation nearest them in their
 * sentence: "A and B from X", "on behalf of X, A and B attended", "representatives of X – A, B".
 * A venue ("at the X") is where people are, not whom they speak for.
 */
final class NearestAffiliation implements Recogniser {
    static final String RULE = "frame:nearest-organisation";
    /** Farther than this, an organisation in the same sentence is more often someone else's. */
    private static final int MAX_DISTANCE = 100;

    @Override
    public void recognise(TextContext ctx) {
        KnownFacts known = ctx.knownFacts();
        for (Mention person : ctx.ofType(MentionType.PERSON)) {
            if (!known.has(person, "affiliation")) {
                Span sentence = ctx.sentenceAt(person.begin());
                nearest(ctx, sentence, person).ifPresent(org -> known.add(ctx,
                        Relation.between(person, "affiliation", org, sentence, RULE, 0.5)));
            }
        }
    }

    private static Optional<Mention> nearest(TextContext ctx, Span sentence, Mention person) {
        return ctx.inSpan(MentionType.PARTNER, sentence).stream()
                .filter(p -> !RelationRules.isVenue(ctx, p) && !RelationRules.insideOther(ctx, p))
                .filter(p -> distance(p, person) <= MAX_DISTANCE && !someoneElseBetween(ctx, p, person))
                .min(Comparator.comparingInt(p -> distance(p, person)));
    }

    /**
     * Another person between the two, unless listed with this one ("A and B from X",
     * "representatives of X – A and B"): the organisation is then that person's.
     */
    private static boolean someoneElseBetween(TextContext ctx, Mention org, Mention person) {
        int from = Math.min(org.end(), person.end());
        int to = Math.max(org.begin(), person.begin());
        List<Mention> list = new ArrayList<>();
        for (Mention m : ctx.mentions.beginningIn(from, to)) {
            if (m.type() == MentionType.PERSON && m != person) {
                list.add(m);
            }
        }
        if (list.isEmpty()) {
            return false;
        }
        // The people between and this one must make one list, this one at the organisation's far end.
        list.add(org.end() <= person.begin() ? list.size() : 0, person);
        for (int k = 0; k + 1 < list.size(); k++) {
            if (!OrganisationRuns.listGlue(ctx, list.get(k).end(), list.get(k + 1).begin())) {
                return true;
            }
        }
        return false;
    }

    private static int distance(Mention a, Mention b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
    }
}
