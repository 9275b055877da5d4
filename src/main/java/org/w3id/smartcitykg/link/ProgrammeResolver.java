package org.w3id.smartcitykg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.smartcitykg.extract.KnownNames;
import org.w3id.smartcitykg.extract.Mention;
import org.w3id.smartcitykg.extract.MentionType;

/**
 * Links programme mentions to the registry, and finds registered programmes the text names
 * without a cue ("URBACT", "Horizon 2020", "EFRR").
 */
public final class ProgrammeResolver {
    static final String SCAN_RULE = "registry.name";
    private final ProgrammeRegistry registry;

    public ProgrammeResolver(ProgrammeRegistry registry) {
        this.registry = registry;
    }

    /** The registered programme a mention names: by its nominative, as written, or by a name inside it. */
    public Optional<ProgrammeRegistry.Programme> resolve(Mention m, Optional<Integer> year, Set<String> countries) {
        for (String name : List.of(m.canonical(), m.text())) {
            List<ProgrammeRegistry.Programme> exact = registry.byName(name);
            if (!exact.isEmpty()) {
                return Optional.of(ProgrammeRegistry.choose(exact, year, countries));
            }
        }
        return registry.scan(m.text()).stream()
                .max(java.util.Comparator.comparingInt(f -> f.end() - f.begin()))
                .map(f -> ProgrammeRegistry.choose(f.candidates(), year, countries));
    }

    /**
     * Mentions for registered names in the text that no other mention covers, or that stretch
     * over a shorter programme or organisation mention: a cue and the words after it ("Fund for
     * Regional Development"), or a fund read as a body ("Europos Sąjungos fondų"), are a part of
     * the registered name around them, which the extractor then takes instead.
     */
    public List<Mention> scan(String text, KnownNames.Existing existing) {
        List<Mention> found = new ArrayList<>();
        for (ProgrammeRegistry.Found f : registry.scan(text)) {
            boolean covered = existing.overlapping(f.begin(), f.end()).stream().anyMatch(m ->
                    m.type() == MentionType.PROJECT
                    || (m.type() == MentionType.PARTNER || m.type() == MentionType.PROGRAMME) && !strictlyInside(m, f));
            if (!covered) {
                found.add(new Mention(MentionType.PROGRAMME, f.begin(), f.end(), f.text(), f.text(), "",
                        SCAN_RULE, 0.8, Map.of()));
            }
        }
        return found;
    }

    private static boolean strictlyInside(Mention m, ProgrammeRegistry.Found f) {
        return m.begin() >= f.begin() && m.end() <= f.end() && m.end() - m.begin() < f.end() - f.begin();
    }

    public ProgrammeRegistry registry() {
        return registry;
    }
}
