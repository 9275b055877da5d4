package org.w3id.smartcitykg.ingest;

import java.util.Optional;

/** Says which language a text is written in. */
public interface LanguageIdentifier {
    /** The best guess among the languages this identifier knows, or empty when it cannot tell. */
    Optional<LanguageGuess> identify(String text);

    /** @param tag a two-letter BCP 47 tag where one exists ({@code pl}), else three letters */
    record LanguageGuess(String tag, double confidence) {}
}
