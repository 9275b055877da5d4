package org.w3id.smartcitykg.link;

import java.util.List;

/** Finds the places a name may refer to. */
public interface Gazetteer {
    /** Places whose name, ASCII name or an alternate name is {@code name} (case, diacritics folded). */
    List<Place> byName(String name);

    /** A place found by one of its names, and that name as the gazetteer writes it. */
    record NameMatch(Place place, String name) {}

    /**
     * Places one of whose names starts with {@code prefix} and is at most {@code maxExtraChars}
     * longer (case and diacritics folded): the way to an inflected form's dictionary form.
     */
    List<NameMatch> byNamePrefix(String prefix, int maxExtraChars);

    int size();
}
