package org.w3id.smartcitykg.extract;

import java.util.List;
import java.util.Optional;

/**
 * A document's meetings by begin, asked for each person and organisation which meeting is in
 * its sentence or comes before it: by bisection, as a text may report many.
 */
final class Meetings {
    private final List<Mention> byBegin;
    private final long distinct;

    /** @param byBegin the meetings, by begin */
    Meetings(List<Mention> byBegin) {
        this.byBegin = byBegin;
        this.distinct = byBegin.stream().map(m -> m.attribute(Mention.START).orElse(m.canonical())).distinct().count();
    }

    List<Mention> byBegin() {
        return byBegin;
    }

    /** How many different meetings (by first day, else by name) the text reports. */
    long distinct() {
        return distinct;
    }

    /** The first meeting that lies within {@code span}. */
    Optional<Mention> firstWithin(Span span) {
        for (int k = firstBeginningAtOrAfter(span.begin()); k < byBegin.size() && byBegin.get(k).begin() <= span.end(); k++) {
            if (span.contains(byBegin.get(k))) {
                return Optional.of(byBegin.get(k));
            }
        }
        return Optional.empty();
    }

    /** The meeting that begins last before {@code offset}; of several beginning there, the first. */
    Optional<Mention> lastBefore(int offset) {
        int k = firstBeginningAtOrAfter(offset) - 1;
        if (k < 0) {
            return Optional.empty();
        }
        while (k > 0 && byBegin.get(k - 1).begin() == byBegin.get(k).begin()) {
            k--;
        }
        return Optional.of(byBegin.get(k));
    }

    private int firstBeginningAtOrAfter(int offset) {
        return TextContext.firstAtOrAfter(byBegin.size(), k -> byBegin.get(k).begin(), offset);
    }
}
