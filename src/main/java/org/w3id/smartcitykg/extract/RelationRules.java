package org.w3id.smartcitykg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facts that join mentions, read from how news states them: a meeting's people and
 * organisations, a project's partners, cities and funding, an organisation's seat. Each rule
 * looks within a sentence, or from a cue word to what it governs; what the text does not tie
 * together stays apart.
 */
final class RelationRules implements Recogniser {
    @Override
    public void recognise(TextContext ctx) {
        // The rules add facts, not mentions: what the mentions say of the whole text holds throughout.
        Optional<Mention> mainProject = mainProject(ctx);
        meetings(ctx, onlyProject(ctx));
        projectPlaces(ctx, mainProject);
        projectPartners(ctx, mainProject);
        projectFunding(ctx, mainProject);
        seats(ctx);
    }

    // ---------------------------------------------------------------- meetings

    /** Held in the place its sentence names, about the project it names, with who took part. */
    private static void meetings(TextContext ctx, Optional<Mention> onlyProject) {
        Meetings meetings = new Meetings(sorted(ctx, MentionType.MEETING));
        for (Mention meeting : meetings.byBegin()) {
            Span sentence = ctx.sentenceAt(meeting.begin());
            nearest(afterPreposition(ctx, sentence), meeting).ifPresent(city ->
                    ctx.relations.add(Relation.between(meeting, "heldIn", city, sentence, "meeting+place", 0.6)));
            projectOf(ctx, meeting, onlyProject).ifPresent(project -> ctx.relations.add(Relation.between(meeting, "aboutProject",
                    project, sentence, "meeting+project", 0.6)));
        }
        for (Mention person : sorted(ctx, MentionType.PERSON)) {
            meetingFor(ctx, meetings, person, true).ifPresent(meeting -> ctx.relations.add(Relation.between(meeting,
                    "participant", person, ctx.sentenceAt(person.begin()), "meeting+person", 0.6)));
        }
        for (Mention partner : sorted(ctx, MentionType.PARTNER)) {
            if (isVenue(ctx, partner)) {
                continue;
            }
            meetingFor(ctx, meetings, partner, false).ifPresent(meeting -> ctx.relations.add(Relation.between(meeting,
                    "participant", partner, ctx.sentenceAt(partner.begin()), "meeting+organisation", 0.5)));
        }
    }

    /** The project a meeting is about: one named in its sentence, else the text's only project. */
    private static Optional<Mention> projectOf(TextContext ctx, Mention meeting, Optional<Mention> onlyProject) {
        Span sentence = ctx.sentenceAt(meeting.begin());
        List<Mention> inSentence = ctx.inSpan(MentionType.PROJECT, sentence);
        if (!inSentence.isEmpty()) {
            return nearest(inSentence, meeting);
        }
        return onlyProject;
    }

    /** The first project named, when the text names one project only (perhaps many times). */
    private static Optional<Mention> onlyProject(TextContext ctx) {
        List<Mention> projects = sorted(ctx, MentionType.PROJECT);
        long distinct = projects.stream().map(Mention::canonical).distinct().count();
        return distinct == 1 ? Optional.of(projects.get(0)) : Optional.empty();
    }

    /**
     * The meeting someone took part in: the one in the same sentence; else, in a sentence that says
     * someone took part or presented, the last meeting before; else, when the text reports a single
     * meeting, people named after it (organisations need the explicit cue).
     */
    private static Optional<Mention> meetingFor(TextContext ctx, Meetings meetings, Mention who, boolean person) {
        if (meetings.byBegin().isEmpty()) {
            return Optional.empty();
        }
        Span sentence = ctx.sentenceAt(who.begin());
        boolean cue = ctx.hasCue("participation.cue", sentence);
        Optional<Mention> same = meetings.firstWithin(sentence);
        if (same.isPresent()) {
            // An organisation after the meeting in its sentence is more often a partner listed than a participant.
            return person || cue || who.begin() < same.get().begin() ? same : Optional.empty();
        }
        Optional<Mention> before = meetings.lastBefore(who.begin());
        if (cue && before.isPresent()) {
            return before;
        }
        if (person && meetings.distinct() <= 1 && before.isPresent()) {
            return before;
        }
        return Optional.empty();
    }

    /** An organisation right after a locative preposition is where something happens, not who. */
    static boolean isVenue(TextContext ctx, Mention partner) {
        // A town's body read from "the municipality of X" begins at X: its linking "of" is no preposition of place.
        int begin = partner.attribute(MunicipalityRecogniser.CUE_BEGIN).map(Integer::parseInt).orElse(partner.begin());
        return MunicipalityRecogniser.placedBy(ctx, begin);
    }

    // ---------------------------------------------------------------- projects

    /**
     * A project is carried out in the place its sentence puts it, in a city its name contains
     * ("Strategia Rozwoju Miasta X"), and in the cities of a list of three or more.
     */
    private static void projectPlaces(TextContext ctx, Optional<Mention> mainProject) {
        for (Mention project : sorted(ctx, MentionType.PROJECT)) {
            Span sentence = ctx.sentenceAt(project.begin());
            // a place inside the project's own name is read below, not as where the sentence puts
            // it; one inside another body's name ("X City Council") is where that body is
            List<Mention> places = afterPreposition(ctx, sentence).stream()
                    .filter(c -> c.begin() >= project.end() || c.end() <= project.begin())
                    .filter(c -> !insideOther(ctx, c)).toList();
            nearest(places, project).ifPresent(city -> coordinated(ctx, city, places).forEach(place -> ctx.relations.add(
                    Relation.between(project, "implementedIn", place, sentence, "project+place", 0.5))));
            for (Mention city : ctx.inSpan(MentionType.CITY, new Span(project.begin(), project.end()))) {
                ctx.relations.add(Relation.between(project, "implementedIn", city, sentence, "project-name+place", 0.6));
            }
        }
        mainProject.ifPresent(project -> {
            for (Span sentence : ctx.sentences) {
                List<Mention> cities = ctx.inSpan(MentionType.CITY, sentence).stream()
                        .filter(c -> !insideOther(ctx, c)).toList();
                if (cities.size() >= 3) {
                    cities.forEach(city -> ctx.relations.add(Relation.between(project, "implementedIn", city,
                            sentence, "project+city-list", 0.5)));
                }
            }
        });
    }

    /**
     * Partners are the organisations of a sentence that calls someone a partner, or that says who
     * obtained the money; the lead partner is the one right after a "lead partner" cue.
     */
    private static void projectPartners(TextContext ctx, Optional<Mention> mainProject) {
        for (Span sentence : ctx.sentences) {
            boolean partnerCue = ctx.hasCue("partner.cue", sentence);
            boolean fundingCue = ctx.hasCue("funding.cue", sentence);
            // "Koordynator Projektu z ramienia X" names a person's function, not a lead organisation.
            List<Lexicon.Hit> leads = ctx.hitsIn("lead.cue", sentence).stream()
                    .filter(h -> ctx.lexicon.lookup("person.function", h.text()).isEmpty()).toList();
            if (!partnerCue && !fundingCue && leads.isEmpty()) {
                continue;
            }
            Optional<Mention> project = projectFor(ctx, sentence, mainProject);
            if (project.isEmpty()) {
                continue;
            }
            for (Mention partner : ctx.inSpan(MentionType.PARTNER, sentence)) {
                if (isVenue(ctx, partner) || insideOther(ctx, partner)) {
                    continue;
                }
                boolean lead = leads.stream().anyMatch(l -> leads(ctx, l.end(), partner)
                        || ledBefore(ctx, l.begin(), l.end(), partner));
                if (partnerCue || lead || fundingCue && partner.begin() < firstCue(ctx, sentence, "funding.cue")) {
                    ctx.relations.add(Relation.between(project.get(), lead ? "leadPartner" : "hasPartner", partner,
                            sentence, lead ? "lead.cue" : partnerCue ? "partner.cue" : "funding.cue+beneficiary", 0.6));
                }
            }
        }
    }

    /**
     * The organisation a "lead partner" cue points to: the first one after it, close by ("lead
     * partner NTNU", "vedoucí partner projektu, město X"), with no other organisation between.
     */
    private static boolean leads(TextContext ctx, int cueEnd, Mention partner) {
        // the project's own name between cue and partner ("lead partner of the project „X” is Y") does not count
        int named = ctx.mentions.beginningIn(cueEnd, partner.begin()).stream()
                .filter(m -> m.type() == MentionType.PROJECT && m.end() <= partner.begin())
                .mapToInt(m -> m.end() - m.begin()).sum();
        if (partner.begin() < cueEnd || partner.begin() - cueEnd - named > LEAD_REACH) {
            return false;
        }
        return ctx.mentions.beginningIn(cueEnd, partner.begin()).stream()
                .noneMatch(m -> m.type() == MentionType.PARTNER && m != partner);
    }

    /** How far after a lead cue, in characters, the lead organisation may begin. */
    private static final int LEAD_REACH = 30;

    /**
     * "X is the lead partner", "X est chef de file": when no organisation follows the cue closely,
     * the one just before it, with nothing but a copula and an article between.
     */
    private static boolean ledBefore(TextContext ctx, int cueBegin, int cueEnd, Mention partner) {
        if (partner.end() > cueBegin || cueBegin - partner.end() > 25) {
            return false;
        }
        if (bracketedAfter(ctx.text, partner.end(), cueBegin, cueEnd)) {
            return true; // "X (lead partner), Y, Z": the bracket speaks of X whatever follows
        }
        boolean followed = ctx.mentions.beginningIn(cueEnd, cueEnd + 31).stream()
                .anyMatch(m -> m.type() == MentionType.PARTNER);
        String between = ctx.text.substring(partner.end(), cueBegin);
        return !followed && between.indexOf(',') < 0 && between.indexOf(';') < 0
                && ctx.mentions.beginningIn(partner.end(), cueBegin).stream()
                        .noneMatch(m -> m.type() == MentionType.PARTNER && m != partner);
    }

    /** Whether the cue stands alone in brackets right after an organisation: "X (lider)". */
    private static boolean bracketedAfter(String text, int partnerEnd, int cueBegin, int cueEnd) {
        return text.substring(partnerEnd, cueBegin).strip().equals("(")
                && Names.skipSpaces(text, cueEnd) < text.length() && text.charAt(Names.skipSpaces(text, cueEnd)) == ')';
    }

    /** Programmes named in a sentence that says where money comes from fund the project it names. */
    private static void projectFunding(TextContext ctx, Optional<Mention> mainProject) {
        for (Span sentence : ctx.sentences) {
            List<Lexicon.Hit> cues = ctx.hitsIn("funding.cue", sentence);
            if (cues.isEmpty()) {
                continue;
            }
            int cue = cues.get(0).begin();
            Optional<Mention> project = ctx.inSpan(MentionType.PROJECT, sentence).stream()
                    .filter(p -> p.begin() < cue).max(Comparator.comparingInt(Mention::begin))
                    .or(() -> projectFor(ctx, sentence, mainProject));
            if (project.isEmpty()) {
                continue;
            }
            List<Mention> programmes = ctx.inSpan(MentionType.PROGRAMME, sentence);
            List<Mention> after = programmes.stream().filter(p -> p.begin() > cue).toList();
            // "… das aus dem EFRE-Programm X kofinanziert wird": a verb at the clause's end follows what pays
            List<Mention> funders = after.isEmpty() ? programmes.stream()
                    .filter(p -> p.end() <= cue && cue - p.end() <= FUNDER_BEFORE_CUE).toList() : after;
            for (Mention programme : funders) {
                ctx.relations.add(Relation.between(project.get(), "fundedBy", programme, sentence, "funding.cue", 0.6));
            }
        }
    }

    /** How far before a clause-final funding verb, in characters, the programme may end. */
    private static final int FUNDER_BEFORE_CUE = 20;

    /** An organisation is seated in the city its name places it in ("Urząd Miejski w X", "Община X"). */
    private static void seats(TextContext ctx) {
        for (Mention partner : sorted(ctx, MentionType.PARTNER)) {
            Span span = new Span(partner.begin(), partner.end());
            ctx.inSpan(MentionType.CITY, span).stream().reduce((a, b) -> b).ifPresent(city -> ctx.relations.add(
                    Relation.between(partner, "basedIn", city, span, "organisation-name+place", 0.6)));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The project a sentence speaks of: one it names, else the text's main project. */
    static Optional<Mention> projectFor(TextContext ctx, Span sentence, Optional<Mention> mainProject) {
        List<Mention> named = ctx.inSpan(MentionType.PROJECT, sentence);
        return named.isEmpty() ? mainProject : Optional.of(named.get(0));
    }

    /**
     * The project the document is about, by salience: the one its headline names, else the one
     * it names most often, the first named on a tie.
     */
    static Optional<Mention> mainProject(TextContext ctx) {
        List<Mention> projects = sorted(ctx, MentionType.PROJECT);
        java.util.Map<String, Integer> salience = new java.util.HashMap<>();
        Span headline = ctx.sentences.isEmpty() ? new Span(0, 0) : ctx.sentences.get(0);
        projects.forEach(p -> salience.merge(p.canonical(), headline.contains(p) ? HEADLINE_WEIGHT : 1, Integer::sum));
        int most = salience.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return projects.stream().filter(p -> salience.get(p.canonical()) == most).findFirst();
    }

    /** A name in the headline outweighs a few more mentions in the body. */
    private static final int HEADLINE_WEIGHT = 4;

    private static int firstCue(TextContext ctx, Span sentence, String category) {
        List<Lexicon.Hit> hits = ctx.hitsIn(category, sentence);
        return hits.isEmpty() ? Integer.MAX_VALUE : hits.get(0).begin();
    }

    private static List<Mention> afterPreposition(TextContext ctx, Span sentence) {
        return ctx.inSpan(MentionType.CITY, sentence).stream()
                .filter(c -> c.attribute(PlaceCandidateRecogniser.AFTER_PREPOSITION).orElse("false").equals("true"))
                .toList();
    }

    /**
     * {@code first} and the places listed with it ("în Oradea și în Beiuș", "w Krakowie, Gdańsku i
     * Poznaniu"): each next one is joined to the one before by a comma or a conjunction, perhaps
     * with its own preposition.
     */
    private static List<Mention> coordinated(TextContext ctx, Mention first, List<Mention> places) {
        List<Mention> list = new java.util.ArrayList<>(List.of(first));
        for (Mention next : places.stream().filter(p -> p.begin() >= first.end())
                .sorted(Comparator.comparingInt(Mention::begin)).toList()) {
            if (!joinsList(ctx, list.get(list.size() - 1).end(), next.begin())) {
                break;
            }
            list.add(next);
        }
        return list;
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private static boolean joinsList(TextContext ctx, int from, int to) {
        String between = ctx.text.substring(from, to).strip();
        if (between.startsWith(",")) {
            between = between.substring(1).strip();
        }
        String[] words = between.isEmpty() ? new String[0] : WHITE_SPACE.split(between);
        if (words.length > 2 || words.length == 2 && ctx.lexicon.lookup("location.prep", words[1]).isEmpty()) {
            return false;
        }
        return words.length == 0 ? from < to && ctx.text.substring(from, to).contains(",")
                : ctx.lexicon.lookup("date.conj", words[0]).isPresent()
                        || words.length == 1 && ctx.lexicon.lookup("location.prep", words[0]).isPresent()
                                && ctx.text.substring(from, to).contains(",");
    }

    /** A mention inside a longer one of another kind (a city in an organisation's name). */
    static boolean insideOther(TextContext ctx, Mention m) {
        return ctx.mentions.containing(m.begin(), m.end()).stream().anyMatch(o -> o != m && o.type() != m.type()
                && o.type() != MentionType.DATE && o.type() != MentionType.MEETING
                && o.end() - o.begin() > m.end() - m.begin());
    }

    private static Optional<Mention> nearest(List<Mention> candidates, Mention anchor) {
        return candidates.stream().min(Comparator.comparingInt(c -> Math.abs(c.begin() - anchor.begin())));
    }

    private static List<Mention> sorted(TextContext ctx, MentionType type) {
        return ctx.ofType(type);
    }
}
