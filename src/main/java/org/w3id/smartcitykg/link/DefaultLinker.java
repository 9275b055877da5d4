package org.w3id.smartcitykg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.smartcitykg.extract.Extraction;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.extract.Mention;
import org.w3id.smartcitykg.extract.MentionType;
import org.w3id.smartcitykg.extract.Relation;
import org.w3id.smartcitykg.ingest.Document;

/**
 * Groups mentions into entities with stable keys: a city by its GeoNames id, anything else by its
 * folded canonical name, a meeting by its document, kind and first day.
 */
public final class DefaultLinker implements Linker {
    private final PlaceResolver places;
    private final ProgrammeResolver programmes;
    /**
     * Each programme's registered names and acronyms as {@link #asWritten} gives them, made the
     * first time one of its mentions is linked: a programme has dozens of names, in every
     * language, and each mention was compared with all of them made anew. Shared by the threads
     * that link; bounded by the registry.
     */
    private final java.util.Map<String, Set<String>> writtenNames = new java.util.concurrent.ConcurrentHashMap<>();

    public DefaultLinker(Gazetteer gazetteer, ProgrammeRegistry registry) {
        this.places = new PlaceResolver(gazetteer);
        this.programmes = new ProgrammeResolver(registry);
    }

    @Override
    public LinkedDocument link(Document document, Extraction extraction) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<Mention, String> keyOf = new IdentityHashMap<>();
        // Registered programme names the text has without a cue were found in extraction, as
        // known names, so that relation rules could use them: they are among the mentions.
        List<Mention> mentions = new ArrayList<>(extraction.mentions());
        Context context = new Context(document, extraction, new HashSet<>(), keyOf);
        // Cities first: their countries choose between programmes of one name, and a town's
        // council is known by its town. Organisations named in full come before those built
        // from a cue, so that a town's council is labelled by its full name.
        mentions.sort(java.util.Comparator.comparingInt(DefaultLinker::order));
        for (Mention m : mentions) {
            identify(context, m).ifPresent(id -> {
                byKey.computeIfAbsent(id.key(), k -> new Builder(m.type(), k, id.label(), id.subtype(), id.place(),
                        id.altLabels(), id.exactMatches())).add(m);
                keyOf.put(m, id.key());
                id.place().ifPresent(p -> context.countries().add(p.countryCode()));
            });
        }
        List<Entity> entities = byKey.values().stream().map(b -> b.build(document.language())).toList();
        return new LinkedDocument(document, entities, facts(extraction, keyOf), extraction.warnings());
    }

    private static int order(Mention m) {
        if (m.type() == MentionType.CITY) {
            return 0;
        }
        if (m.type() == MentionType.PARTNER) {
            return m.recogniser().startsWith("org.") ? 1 : 2;
        }
        return 3;
    }

    private record Context(Document document, Extraction extraction, Set<String> countries,
                           Map<Mention, String> keyOf) {
        /**
         * The countries a place is first looked for in: those of the document's places found so
         * far, else those where the document's language is spoken ("Førde" in Nynorsk is in Norway).
         */
        Set<String> placeCountries() {
            return countries.isEmpty() ? LanguageTerritories.of(document.language()) : countries;
        }

        Optional<Integer> year() {
            return extraction.documentDate().map(java.time.LocalDate::getYear);
        }
    }

    private record Identity(String key, String label, String subtype, Optional<Place> place, Set<String> altLabels,
                            List<String> exactMatches) {
        static Identity of(String key, Mention m) {
            return new Identity(key, m.canonical(), m.subtype(), Optional.empty(), Set.of(), List.of());
        }
    }

    private Optional<Identity> identify(Context ctx, Mention m) {
        return switch (m.type()) {
            case DATE, COUNTRY -> Optional.empty();
            case CITY -> places.resolve(m, Boolean.parseBoolean(m.attribute("afterPreposition").orElse("false"))
                            || m.attribute(Mention.AFTER_TOWN_HEAD).isPresent(), ctx.placeCountries())
                    .map(match -> new Identity(PlaceResolver.cityKey(match.place()), match.place().name(), "",
                            Optional.of(match.place()), Set.of(match.name()), List.of()));
            case MEETING -> Optional.of(Identity.of(meetingKey(ctx.document(), ctx.extraction(), m), m));
            case PROGRAMME -> Optional.of(programmes.resolve(m, ctx.year(), ctx.countries())
                    .map(p -> registered(p, m, ctx.document().language()))
                    .orElseGet(() -> Identity.of("programme/" + Folding.slug(m.canonical()), m)));
            // An organisation read from a list alone is a place after all when the gazetteer knows it.
            case PARTNER -> m.attribute("organisationUnlessPlace").isPresent() && places.resolve(m, false).isPresent()
                    ? Optional.empty()
                    : Optional.of(municipalityKey(ctx, m)
                    .map(key -> Identity.of(key, m))
                    .orElseGet(() -> Identity.of("partner/" + Folding.slug(m.canonical()), m)));
            // "the URBACT project" names the programme the project runs under, not a project.
            case PROJECT -> programmes.registry().byName(m.text()).isEmpty()
                    ? Optional.of(projectIdentity(m)) : Optional.empty();
            case PERSON -> Optional.of(personIdentity(ctx, m));
            default -> Optional.of(Identity.of(prefix(m.type()) + "/" + Folding.slug(m.canonical()), m));
        };
    }

    /**
     * "J. Nowak" is the document's one Jan Nowak when it names a single person with that surname
     * and first initial; otherwise a person of their own.
     */
    private static Identity personIdentity(Context ctx, Mention m) {
        String name = m.canonical();
        if (Initials.surname(name).isPresent()) {
            Set<String> written = new LinkedHashSet<>();
            for (Mention other : ctx.extraction().mentions()) {
                if (other.type() == MentionType.PERSON && Initials.abbreviates(name, other.canonical())) {
                    written.add(other.canonical());
                }
            }
            name = written.size() == 1 ? written.iterator().next() : name;
        }
        return new Identity("person/" + Folding.slug(name), name, m.subtype(), Optional.empty(), Set.of(), List.of());
    }

    /**
     * A project with a known acronym is keyed by it, so that a text naming it in full with the
     * acronym and one using the acronym alone give one IRI; the acronym becomes an alias.
     */
    private static Identity projectIdentity(Mention m) {
        Optional<String> acronym = m.attribute("acronym");
        if (acronym.isEmpty()) {
            return Identity.of("project/" + Folding.slug(m.canonical()), m);
        }
        return new Identity("project/" + Folding.slug(acronym.get()), m.canonical(), m.subtype(), Optional.empty(),
                Set.of(acronym.get()), List.of());
    }

    /** A town has one council: a municipal body seated in a known city is keyed by that city. */
    private static Optional<String> municipalityKey(Context ctx, Mention m) {
        if (!m.subtype().equals("Municipality")) {
            return Optional.empty();
        }
        return ctx.extraction().relations().stream()
                .filter(r -> r.subject() == m && r.property().equals("basedIn") && r.hasObjectMention())
                .map(r -> ctx.keyOf().get(r.object()))
                .filter(k -> k != null && k.startsWith("city/"))
                .findFirst()
                .map(cityKey -> "partner/municipality-" + cityKey.substring("city/".length()));
    }

    /** A registered programme keeps the name the text gives it, and brings the registry's names along. */
    private Identity registered(ProgrammeRegistry.Programme p, Mention m, String language) {
        Set<String> alt = new LinkedHashSet<>();
        alt.add(p.label(language));
        alt.addAll(p.acronyms());
        String subtype = p.types().stream().filter(t -> !t.equals("FundingProgramme")).findFirst().orElse("");
        // A mention written as one of the registry's names is already in the nominative; one that is
        // a registry name inflected ("Europskog fonda za …") takes that name.
        String label = isRegistryName(p, asWritten(m.text())) ? m.text()
                : ProgrammeRegistry.nameInflectedAs(p, language, m.text()).orElse(m.canonical());
        return new Identity("programme/" + p.key(), label, subtype, Optional.empty(), alt, p.exactMatches());
    }

    private boolean isRegistryName(ProgrammeRegistry.Programme p, String written) {
        return writtenNames.computeIfAbsent(p.key(), k -> writtenNamesOf(p)).contains(written);
    }

    private static Set<String> writtenNamesOf(ProgrammeRegistry.Programme p) {
        Set<String> names = new java.util.HashSet<>();
        p.prefLabels().values().forEach(n -> names.add(asWritten(n)));
        p.altLabels().forEach(n -> names.add(asWritten(n)));
        p.acronyms().forEach(n -> names.add(asWritten(n)));
        return Set.copyOf(names);
    }

    /**
     * A name compared letter for letter, its diacritics kept: in many languages they are the
     * inflection ("programą" is not "programa"). Case, spacing and the kind of dash do not count.
     * Asked of every registered name of a programme for each of its mentions, so one pass over
     * the chars instead of two regular expressions.
     */
    static String asWritten(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isAsciiSpace(c)) {
                if (i == 0 || !isAsciiSpace(lower.charAt(i - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c >= '\u2010' && c <= '\u2015' || c == '\u2212' ? '-' : c);
            }
        }
        return out.toString().strip();
    }

    /** What {@code \\s} matches in a regular expression without Unicode classes. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static String meetingKey(Document document, Extraction extraction, Mention m) {
        String start = extraction.relations().stream()
                .filter(r -> r.subject() == m && r.property().equals("startDate"))
                .map(Relation::value).findFirst().orElse("undated");
        return "meeting/" + Folding.slug(document.key()) + "-" + Folding.slug(m.subtype()) + "-" + start;
    }

    static String prefix(MentionType type) {
        return switch (type) {
            case CITY -> "city";
            case PARTNER -> "partner";
            case PROJECT -> "project";
            case PROGRAMME -> "programme";
            case MEETING -> "meeting";
            case PERSON -> "person";
            case COUNTRY -> "country";
            case DATE -> "date";
        };
    }

    private static List<Fact> facts(Extraction extraction, Map<Mention, String> keyOf) {
        Set<Fact> facts = new LinkedHashSet<>();
        for (Relation r : extraction.relations()) {
            String subject = keyOf.get(r.subject());
            if (subject == null) {
                continue;
            }
            var evidence = new org.w3id.smartcitykg.extract.Span(r.evidenceBegin(), r.evidenceEnd());
            if (r.hasObjectMention()) {
                String object = keyOf.get(r.object());
                if (object != null && !object.equals(subject)) {
                    facts.add(Fact.toEntity(subject, r.property(), object, evidence, r.rule(), r.confidence()));
                }
            } else {
                Fact.ValueKind kind = r.property().endsWith("Date") ? Fact.ValueKind.DATE
                        : r.property().equals("countryCode") ? Fact.ValueKind.STRING : Fact.ValueKind.LANG_STRING;
                facts.add(Fact.toValue(subject, r.property(), r.value(), kind, evidence, r.rule(), r.confidence()));
            }
        }
        return strongestPerStatement(facts);
    }

    /** One fact per statement and supporting span: where two rules read the same, the surer one. */
    private static List<Fact> strongestPerStatement(Set<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = f.subjectKey() + "|" + f.property() + "|" + f.objectKey() + "|" + f.value() + "|"
                    + f.evidence().begin() + "|" + f.evidence().end();
            best.merge(key, f, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return new ArrayList<>(best.values());
    }

    /** Accumulates the mentions of one entity. */
    private static final class Builder {
        private final MentionType type;
        private final String key;
        private final String label;
        private final String subtype;
        private final Optional<Place> place;
        private final List<String> exactMatches;
        private final List<Mention> mentions = new ArrayList<>();
        private final Set<String> altLabels = new LinkedHashSet<>();

        Builder(MentionType type, String key, String label, String subtype, Optional<Place> place,
                Set<String> extraLabels, List<String> exactMatches) {
            this.type = type;
            this.key = key;
            this.label = label;
            this.subtype = subtype;
            this.place = place;
            this.exactMatches = exactMatches;
            extraLabels.stream().filter(l -> !l.equals(label)).forEach(altLabels::add);
        }

        void add(Mention m) {
            mentions.add(m);
            for (String form : List.of(m.text(), m.canonical())) {
                if (!form.equals(label)) {
                    altLabels.add(form);
                }
            }
        }

        Entity build(String language) {
            return new Entity(type, key, label, language, altLabels, subtype, place,
                    place.map(Place::countryCode), exactMatches, mentions);
        }
    }
}
