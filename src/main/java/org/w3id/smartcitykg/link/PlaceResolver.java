package org.w3id.smartcitykg.link;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.smartcitykg.extract.Mention;

/**
 * Decides which place, if any, a candidate names. A name as written is looked up first; a word
 * after a locative preposition may be inflected, so its stem is matched against names a few
 * letters longer. Bare capitalised words must match exactly and name a town of some size, so that
 * a common noun is not taken for a hamlet.
 */
public final class PlaceResolver {
    /** A bare word names a place only if the place is at least this large. */
    static final long MIN_POPULATION_BARE = 10_000;
    /** An inflected stem names a place only if the place is at least this large. */
    static final long MIN_POPULATION_STEM = 2_000;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Optional<Gazetteer.NameMatch> resolve(Mention candidate, boolean afterPreposition) {
        String surface = candidate.text();
        Optional<Place> exact = largest(gazetteer.byName(surface));
        if (exact.isPresent()) {
            boolean bigEnough = afterPreposition || exact.get().population() >= MIN_POPULATION_BARE;
            return bigEnough ? exact.map(p -> new Gazetteer.NameMatch(p, surface)) : Optional.empty();
        }
        return afterPreposition ? byStem(surface) : Optional.empty();
    }

    private Optional<Gazetteer.NameMatch> byStem(String surface) {
        for (int cut = 1; cut <= 3 && surface.length() - cut >= 3; cut++) {
            String stem = surface.substring(0, surface.length() - cut);
            Optional<Gazetteer.NameMatch> best = gazetteer.byNamePrefix(stem, cut + 1).stream()
                    .filter(m -> m.place().population() >= MIN_POPULATION_STEM)
                    .filter(m -> m.name().indexOf(' ') < 0 || surface.indexOf(' ') >= 0)
                    .max(Comparator.comparingLong((Gazetteer.NameMatch m) -> m.place().population()));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> largest(List<Place> places) {
        return places.stream().max(Comparator.comparingLong(Place::population));
    }
}
