package org.w3id.smartcitykg.corpus;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.smartcitykg.link.ProgrammeRegistry;
import org.w3id.smartcitykg.link.ProgrammeRegistry.Programme;

/**
 * The registry's programmes a document in one language about one country can name: those with a
 * name in the language, open to the country, and running (or still paying out) in the year.
 */
final class Programmes {
    /** Programmes pay out up to three years after their period, as the registry's chooser assumes. */
    private static final int PAYOUT_YEARS = 3;

    private final List<Programme> candidates;
    private final String language;
    private final Map<Integer, List<Programme>> byYear = new ConcurrentHashMap<>();

    Programmes(ProgrammeRegistry registry, String language, String countryCode) {
        this.language = language;
        this.candidates = registry.programmes().stream()
                .filter(p -> p.prefLabels().containsKey(language))
                .filter(p -> p.countryCodes().isEmpty() || p.countryCodes().contains(countryCode))
                .toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("the programme registry names nothing in '" + language + "'");
        }
    }

    /** A programme's name, from those running in {@code year} where there are any. */
    String choose(int year, SplittableRandom random) {
        List<Programme> from = byYear.computeIfAbsent(year, this::runningIn);
        return from.get(random.nextInt(from.size())).prefLabels().get(language);
    }

    private List<Programme> runningIn(int year) {
        List<Programme> running = candidates.stream().filter(p -> runs(p, year)).toList();
        return running.isEmpty() ? candidates : running;
    }

    private static boolean runs(Programme p, int year) {
        if (p.period().isEmpty()) {
            return true;
        }
        String[] years = p.period().get().split("-");
        return year >= Integer.parseInt(years[0]) && year <= Integer.parseInt(years[1]) + PAYOUT_YEARS;
    }
}
