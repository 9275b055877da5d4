package org.w3id.smartcitykg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A news item ready for extraction: its text, its language and what is known about it.
 *
 * @param language a BCP 47 language tag ({@code pl}, {@code bg}); every literal read from the
 *     document carries it
 * @param deepSupport whether per-language resources exist for the language; without them only
 *     places, dates and known programmes are extracted
 */
public record Document(
        SourceText source,
        String language,
        boolean deepSupport,
        String title,
        Optional<String> publisher,
        Optional<LocalDate> published) {

    public String key() {
        return source.key();
    }

    public String text() {
        return source.text();
    }
}
