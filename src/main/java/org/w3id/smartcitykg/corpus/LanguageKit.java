package org.w3id.smartcitykg.corpus;

import java.util.List;
import java.util.SplittableRandom;
import org.w3id.smartcitykg.link.Place;
import org.w3id.smartcitykg.link.ProgrammeRegistry;

/** Everything needed to write documents in one language, loaded once. */
final class LanguageKit {
    private final String language;
    private final DocumentPlanner planner;
    private final DocumentRenderer renderer;

    LanguageKit(String language, List<Place> places, ProgrammeRegistry registry) {
        TemplateBook book = TemplateBook.load(language);
        LanguageStyle style = new LanguageStyle(book);
        this.language = language;
        this.planner = new DocumentPlanner(book, style, CityPool.of(places, language),
                new Programmes(registry, language, style.countryCode()));
        this.renderer = new DocumentRenderer(book, style);
    }

    GeneratedDocument write(String fileName, SplittableRandom random) {
        DocumentPlan plan = planner.plan(random);
        DocumentRenderer.Rendered rendered = renderer.render(plan, random);
        return new GeneratedDocument(fileName, language, rendered.title(), plan.host().name(), plan.published(),
                rendered.text(), plan);
    }
}
