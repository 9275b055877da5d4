package org.w3id.smartcitykg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Chooses what one document of a language is about: its city, meeting, project, partners and people. */
final class DocumentPlanner {
    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 10;
    /** A third of partners come from the document's own country, the rest from anywhere in Europe. */
    private static final int DOMESTIC_PARTNER_ONE_IN = 3;

    private final String language;
    private final LanguageStyle style;
    private final CityPool cities;
    private final OrganisationNames organisations;
    private final PersonNames people;
    private final ProjectNames projects;
    private final Programmes programmes;
    private final List<TemplateBook.Pair> functions;
    private final List<TemplateBook.Pair> hostFunctions;

    DocumentPlanner(TemplateBook book, LanguageStyle style, CityPool cities, Programmes programmes) {
        this.language = book.language();
        this.style = style;
        this.cities = cities;
        this.organisations = new OrganisationNames(book, style);
        this.people = new PersonNames(book);
        this.projects = new ProjectNames(book);
        this.programmes = programmes;
        this.functions = book.pairs("functions");
        this.hostFunctions = book.pairs("host.functions");
    }

    DocumentPlan plan(SplittableRandom random) {
        City city = cities.domestic(style.countryCode(), random);
        LocalDate start = LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1, 1).plusDays(random.nextInt(365));
        LocalDate end = start.plusDays(meetingLength(random) - 1);
        LocalDate published = end.plusDays(random.nextInt(8));
        Project project = projects.next(random);
        Organisation host = organisations.host(city, random);
        Organisation lead = random.nextInt(3) == 0 ? host : organisations.partner(partnerCity(random), random);
        List<Organisation> partners = partners(2 + random.nextInt(4), List.of(host.name(), lead.name()), random);
        List<Organisation> all = new ArrayList<>(partners);
        all.add(lead);
        List<Person> persons = new ArrayList<>();
        persons.add(person(hostFunctions, host, random));
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            persons.add(person(functions, PersonNames.pick(all, random), random));
        }
        return new DocumentPlan(language, city, start, end, published, project, host, lead, partners, persons,
                programmes.choose(start.getYear(), random), (200 + random.nextInt(4800)) * 1000L,
                end.getYear() + 1 + random.nextInt(3));
    }

    /** One, two or three days, as project meetings mostly last. */
    private static int meetingLength(SplittableRandom random) {
        int roll = random.nextInt(10);
        return roll < 4 ? 1 : roll < 8 ? 2 : 3;
    }

    private City partnerCity(SplittableRandom random) {
        return random.nextInt(DOMESTIC_PARTNER_ONE_IN) == 0 ? cities.domestic(style.countryCode(), random)
                : cities.anywhere(random);
    }

    private List<Organisation> partners(int count, List<String> taken, SplittableRandom random) {
        Set<String> names = new HashSet<>(taken);
        List<Organisation> partners = new ArrayList<>(count);
        while (partners.size() < count) {
            Organisation o = organisations.partner(partnerCity(random), random);
            if (names.add(o.name())) {
                partners.add(o);
            }
        }
        return partners;
    }

    private Person person(List<TemplateBook.Pair> roles, Organisation affiliation, SplittableRandom random) {
        PersonNames.Name name = people.next(random);
        String role = PersonNames.pick(roles, random).choose(name.female())
                .replace("{org.gen}", affiliation.genitive()).replace("{org}", affiliation.name());
        return new Person(name.full(), name.female(), role);
    }
}
