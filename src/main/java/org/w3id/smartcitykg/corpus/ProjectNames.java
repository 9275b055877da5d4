package org.w3id.smartcitykg.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** Projects: an acronym of two syllables and perhaps a suffix ("GRIDLINK-EU"), and a title in the language. */
final class ProjectNames {
    private final List<String> parts;
    private final List<String> suffixes;
    private final List<String> titles;

    ProjectNames(TemplateBook book) {
        this.parts = book.words("acronym.parts");
        this.suffixes = book.words("acronym.suffix");
        this.titles = book.lines("project.titles");
    }

    Project next(SplittableRandom random) {
        String first = PersonNames.pick(parts, random);
        String second;
        do {
            second = PersonNames.pick(parts, random);
        } while (second.equals(first));
        return new Project(first + second + PersonNames.pick(suffixes, random), PersonNames.pick(titles, random));
    }
}
