package org.w3id.smartcitykg.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.smartcitykg.extract.Mention;
import org.w3id.smartcitykg.extract.MentionType;

/**
 * One real-world thing a document speaks of, with the identity key its IRI is minted from: the
 * same key in two documents is the same thing.
 *
 * @param key a path under the base IRI ({@code city/3085941}, {@code partner/politechnika-...})
 * @param label the canonical (nominative) name, in {@code language}
 * @param place the GeoNames place, for cities
 * @param exactMatches IRIs of the same thing in authority tables (the EU programme table)
 */
public record Entity(
        MentionType type,
        String key,
        String label,
        String language,
        Set<String> altLabels,
        String subtype,
        Optional<Place> place,
        Optional<String> countryCode,
        List<String> exactMatches,
        List<Mention> mentions) {

    public Entity {
        altLabels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(altLabels));
        exactMatches = List.copyOf(exactMatches);
        mentions = List.copyOf(mentions);
    }
}
