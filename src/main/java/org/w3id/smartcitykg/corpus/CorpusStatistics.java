package org.w3id.smartcitykg.corpus;

import java.util.HashSet;
import java.util.Set;

/** How many distinct cities, organisations, projects and people a corpus names, as its generator knows them. */
public final class CorpusStatistics {
    private final Set<Long> cities = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> projects = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private int documents;
    private long characters;

    public void add(GeneratedDocument document) {
        DocumentPlan plan = document.plan();
        plan.cities().forEach(c -> cities.add(c.geonameId()));
        plan.organisations().forEach(o -> organisations.add(o.name()));
        projects.add(plan.project().key());
        plan.people().forEach(p -> people.add(p.name()));
        documents++;
        characters += document.text().length();
    }

    public int documents() {
        return documents;
    }

    public long characters() {
        return characters;
    }

    public int cities() {
        return cities.size();
    }

    public int organisations() {
        return organisations.size();
    }

    public int projects() {
        return projects.size();
    }

    public int people() {
        return people.size();
    }

    @Override
    public String toString() {
        return String.format("%d documents: %d distinct cities, %d organisations, %d projects, %d people",
                documents, cities(), organisations(), projects(), people());
    }
}
