package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The mentions found so far in one document, in the order they were found (recognisers that take
 * the first match mean the first found) and indexed by span, so that asking about a span costs
 * what lies near it rather than every mention.
 */
final class MentionIndex {
    /** A mention's place in the order found; a replacement takes the same place. */
    private static final class Entry {
        Mention mention;
        boolean removed;

        Entry(Mention mention) {
            this.mention = mention;
        }
    }

    private static final Comparator<Mention> BY_BEGIN = Comparator.comparingInt(Mention::begin);
    private final List<Entry> inOrder = new ArrayList<>();
    private final SpanIndex<Entry> bySpan = new SpanIndex<>(e -> e.mention.begin(), e -> e.mention.end());
    private int version;

    void add(Mention m) {
        Entry e = new Entry(m);
        inOrder.add(e);
        bySpan.add(e);
        version++;
    }

    /** Every mention, in the order found. */
    List<Mention> all() {
        List<Mention> all = new ArrayList<>(inOrder.size());
        for (Entry e : inOrder) {
            if (!e.removed) {
                all.add(e.mention);
            }
        }
        return all;
    }

    /** Changes with every addition, replacement and removal: what was derived from the mentions is stale. */
    int version() {
        return version;
    }

    /** Mentions looked at by all queries so far. */
    long visited() {
        return bySpan.visited();
    }

    /** The mentions that share a character with [begin, end), in the order found. */
    List<Mention> overlapping(int begin, int end) {
        return mentions(bySpan.overlapping(begin, end));
    }

    /** The mentions that hold all of [begin, end), in the order found. */
    List<Mention> containing(int begin, int end) {
        return mentions(bySpan.containing(begin, end));
    }

    /** The mentions within {@code span}, in the order found. */
    List<Mention> withinInFoundOrder(Span span) {
        return mentions(bySpan.within(span.begin(), span.end()));
    }

    /** The mentions within {@code span}, by begin (equal begins in the order found). */
    List<Mention> within(Span span) {
        List<Mention> within = new ArrayList<>(withinInFoundOrder(span));
        within.sort(BY_BEGIN);
        return within;
    }

    /** The mentions of {@code type} within {@code span}, by begin (equal begins in the order found). */
    List<Mention> within(Span span, MentionType type) {
        List<Mention> within = new ArrayList<>();
        for (Entry e : bySpan.within(span.begin(), span.end())) {
            if (e.mention.type() == type) {
                within.add(e.mention);
            }
        }
        within.sort(BY_BEGIN);
        return List.copyOf(within);
    }

    /** The mentions that begin in [from, to), by begin (equal begins in the order found). */
    List<Mention> beginningIn(int from, int to) {
        return mentions(bySpan.beginningIn(from, to));
    }

    List<Mention> beginningAt(int offset) {
        return beginningIn(offset, offset + 1);
    }

    /** Replaces the first-found mention equal to {@code old} by one of the same span, in its place. */
    void replace(Mention old, Mention replacement) {
        if (old.begin() != replacement.begin() || old.end() != replacement.end()) {
            throw new IllegalArgumentException("a replacement keeps the span: " + old + " by " + replacement);
        }
        for (Entry e : bySpan.beginningIn(old.begin(), old.begin() + 1)) {
            if (e.mention.equals(old)) {
                e.mention = replacement;
                version++;
                return;
            }
        }
        throw new IllegalArgumentException("not a mention of this document: " + old);
    }

    /** Removes the mentions of exactly [begin, end) that {@code which} selects. */
    void removeAt(int begin, int end, Predicate<Mention> which) {
        for (Entry e : bySpan.beginningIn(begin, begin + 1)) {
            if (e.mention.end() == end && which.test(e.mention)) {
                bySpan.remove(e);
                e.removed = true;
                version++;
            }
        }
    }

    private static List<Mention> mentions(List<Entry> entries) {
        List<Mention> mentions = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            mentions.add(e.mention);
        }
        return mentions;
    }
}
