package org.w3id.smartcitykg.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Writes a plan out as a news item: headline, dateline, the meeting, the partners and the money
 * in either order, the people who spoke, and perhaps a closing line. Each sentence kind has
 * several templates, so documents differ in structure as well as in names.
 */
final class DocumentRenderer {
    /** The headline and the text of a document. */
    record Rendered(String title, String text) {}

    private final TemplateBook book;
    private final LanguageStyle style;

    DocumentRenderer(TemplateBook book, LanguageStyle style) {
        this.book = book;
        this.style = style;
    }

    Rendered render(DocumentPlan plan, SplittableRandom random) {
        Map<String, String> slots = documentSlots(plan, random);
        UnaryOperator<String> lookup = slots::get;
        String title = sentence("headline", lookup, false, random);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(title);
        paragraphs.add(sentence("dateline", lookup, false, random));
        paragraphs.add(sentence("meeting", lookup, false, random)
                + (random.nextInt(10) < 7 ? " " + sentence("meeting.more", lookup, false, random) : ""));
        List<String> middle = new ArrayList<>(List.of(sentence("partners", lookup, false, random),
                sentence("funding", lookup, false, random)));
        if (random.nextBoolean()) {
            Collections.reverse(middle);
        }
        paragraphs.addAll(middle);
        paragraphs.add(people(plan, slots, random));
        if (random.nextInt(10) < 8) {
            paragraphs.add(sentence("closing", lookup, false, random));
        }
        return new Rendered(title, String.join("\n\n", paragraphs) + "\n");
    }

    private String sentence(String kind, UnaryOperator<String> slots, boolean female, SplittableRandom random) {
        return render(PersonNames.pick(book.lines(kind), random), slots, female);
    }

    /** A name that ends in a dot ("S.A.", "r.") at the end of a sentence takes no second one. */
    private String render(String template, UnaryOperator<String> slots, boolean female) {
        return Template.render(template, slots, female, style.locale()).replace("..", ".");
    }

    /**
     * The host's speaker opens; the others each get a different template, quote and topic. A
     * quotation is stored without its full stop, which the sentence around it places.
     */
    private String people(DocumentPlan plan, Map<String, String> slots, SplittableRandom random) {
        List<String> sentences = new ArrayList<>();
        List<String> templates = new ArrayList<>(book.lines("person"));
        List<String> quotes = new ArrayList<>(book.lines("quotes"));
        List<String> topics = new ArrayList<>(book.lines("topics"));
        topics.remove(slots.get("topic"));
        for (int i = 0; i < plan.people().size(); i++) {
            Person p = plan.people().get(i);
            String quote = quotes.remove(random.nextInt(quotes.size()));
            Map<String, String> own = Map.of("person", p.name(), "role", p.role(),
                    "quote", quote.endsWith(".") ? quote.substring(0, quote.length() - 1) : quote,
                    "topic", topics.remove(random.nextInt(topics.size())));
            UnaryOperator<String> lookup = key -> own.getOrDefault(key, slots.get(key));
            if (i == 0) {
                sentences.add(sentence("opening", lookup, p.female(), random));
            } else {
                sentences.add(render(templates.remove(random.nextInt(templates.size())), lookup, p.female()));
            }
        }
        return String.join(" ", sentences);
    }

    private Map<String, String> documentSlots(DocumentPlan plan, SplittableRandom random) {
        Map<String, String> s = new HashMap<>();
        s.put("city", plan.city().name());
        s.put("city.in", style.cityInAnyway(plan.city()));
        s.put("country", style.country(plan.city().countryCode()));
        s.put("when", style.when(plan.meetingStart(), plan.meetingEnd(), random));
        s.put("dates", style.dates(plan.meetingStart(), plan.meetingEnd(), random));
        s.put("published", style.date(plan.published()));
        s.put("year", String.valueOf(plan.meetingStart().getYear()));
        s.put("end.year", String.valueOf(plan.endYear()));
        s.put("project", plan.project().title());
        s.put("acronym", plan.project().acronym());
        s.put("lead", plan.lead().name());
        s.put("lead.gen", plan.lead().genitive());
        s.put("host", plan.host().name());
        s.put("host.gen", plan.host().genitive());
        s.put("partners", style.list(plan.partners().stream().map(this::withPlace).toList()));
        s.put("partner.cities", style.list(partnerCities(plan)));
        s.put("programme", plan.programme());
        s.put("amount", style.amount(plan.amount()));
        s.put("topic", PersonNames.pick(book.lines("topics"), random));
        return s;
    }

    /** "Fundacja Ekotech (Graz, Austria)"; a name that already says its town gets only a foreign country. */
    private String withPlace(Organisation o) {
        boolean foreign = !o.city().countryCode().equals(style.countryCode());
        String country = style.country(o.city().countryCode());
        if (o.namesCity()) {
            return foreign ? o.name() + " (" + country + ")" : o.name();
        }
        return o.name() + " (" + o.city().name() + (foreign ? ", " + country : "") + ")";
    }

    private List<String> partnerCities(DocumentPlan plan) {
        Set<String> cities = new LinkedHashSet<>();
        for (Organisation o : plan.organisations()) {
            boolean foreign = !o.city().countryCode().equals(style.countryCode());
            cities.add(o.city().name() + (foreign ? " (" + style.country(o.city().countryCode()) + ")" : ""));
        }
        return new ArrayList<>(cities);
    }
}
