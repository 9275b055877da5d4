package org.w3id.smartcitykg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the extract stage found in one document: mentions, the facts that join them, and the
 * document's own date (a dateline, a caption), which resolves years and programme periods.
 */
public record Extraction(List<Mention> mentions, List<Relation> relations, List<String> warnings,
                         Optional<LocalDate> documentDate) {
    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }

    public List<Mention> ofType(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
