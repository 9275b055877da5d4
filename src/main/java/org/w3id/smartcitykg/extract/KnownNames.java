package org.w3id.smartcitykg.extract;

import java.util.List;

/**
 * Names a registry knows, found in a text (funding programmes by any of their names and
 * acronyms): read during extraction so that the relation rules can tie them to what the text
 * says of them ("co-financed by the ERDF").
 */
@FunctionalInterface
public interface KnownNames {
    /**
     * The mentions of known names in {@code text} that the {@code existing} mentions do not
     * already cover. A known name may contain shorter mentions of its own type, and organisations,
     * which it replaces.
     */
    List<Mention> scan(String text, Existing existing);

    KnownNames NONE = (text, existing) -> List.of();

    /** The mentions a document already has, asked span by span rather than listed whole. */
    @FunctionalInterface
    interface Existing {
        /** The mentions that share a character with [begin, end). */
        List<Mention> overlapping(int begin, int end);
    }
}
