package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Things that take a span of a text, indexed by where they begin, answering "what overlaps,
 * contains or lies within this span" by looking only near it. Recognisers ask once per candidate;
 * a scan of everything found so far would make extraction quadratic in the document's length.
 *
 * <p>Items sit in buckets of {@value #BUCKET_CHARS} chars by their begin, so a query reads a few
 * arrays where a sorted map would walk its tree for each one. An overlap query looks back as far
 * as the longest item of up to {@value #SHORT} chars for items that begin before the span and
 * reach into it; the few longer items are kept aside and always checked. Answers keep the order the items were added in, as a
 * scan of a list would give them.
 */
final class SpanIndex<T> {
    /** Longer than this an item is rare (a quoted title, a list): kept in {@link #longOnes}. */
    static final int SHORT = 256;
    private static final int BUCKET_BITS = 5;
    static final int BUCKET_CHARS = 1 << BUCKET_BITS;

    private record Slot<T>(long order, int begin, T item) {}

    private final ToIntFunction<T> beginOf;
    private final ToIntFunction<T> endOf;
    /** By begin, {@link #BUCKET_CHARS} chars a bucket; each bucket in the order added, or null. */
    private List<Slot<T>>[] buckets = newBuckets(64);
    private final List<Slot<T>> longOnes = new ArrayList<>();
    /**
     * The length of the longest item not kept aside, ever added: an item that begins further
     * back than this before a span cannot reach into it, unless it is one of {@link #longOnes}.
     * Most items are a few words, so a query looks back two buckets instead of eight.
     */
    private int reach;
    private long added;
    private long visited;

    SpanIndex(ToIntFunction<T> beginOf, ToIntFunction<T> endOf) {
        this.beginOf = beginOf;
        this.endOf = endOf;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Slot<T>>[] newBuckets(int size) {
        return (List<Slot<T>>[]) new List<?>[size];
    }

    void add(T item) {
        int begin = beginOf.applyAsInt(item);
        Slot<T> slot = new Slot<>(added++, begin, item);
        int b = bucketOf(begin);
        if (b >= buckets.length) {
            buckets = java.util.Arrays.copyOf(buckets, Math.max(b + 1, 2 * buckets.length));
        }
        if (buckets[b] == null) {
            buckets[b] = new ArrayList<>(2);
        }
        buckets[b].add(slot);
        int length = endOf.applyAsInt(item) - begin;
        if (length > SHORT) {
            longOnes.add(slot);
        } else {
            reach = Math.max(reach, length);
        }
    }

    private static int bucketOf(int offset) {
        return Math.max(0, offset) >>> BUCKET_BITS;
    }

    /** Removes {@code item} itself (not an equal one); false if it is not here. */
    boolean remove(T item) {
        int b = bucketOf(beginOf.applyAsInt(item));
        List<Slot<T>> bucket = b < buckets.length ? buckets[b] : null;
        for (int k = 0; bucket != null && k < bucket.size(); k++) {
            if (bucket.get(k).item() == item) {
                longOnes.remove(bucket.remove(k));
                return true;
            }
        }
        return false;
    }

    /** Items looked at by all queries so far: grows with the document, not with its square. */
    long visited() {
        return visited;
    }

    /** The items that share a character with [begin, end), in the order added. */
    List<T> overlapping(int begin, int end) {
        return near(begin - reach, end, false, item -> endOf.applyAsInt(item) > begin);
    }

    /** The items that hold all of [begin, end), in the order added. */
    List<T> containing(int begin, int end) {
        return near(begin - reach, begin, true, item -> endOf.applyAsInt(item) >= end);
    }

    /** The items that lie within [begin, end), in the order added. */
    List<T> within(int begin, int end) {
        if (begin > end) {
            return List.of();
        }
        List<Slot<T>> found = new ArrayList<>();
        collect(begin, end, true, item -> endOf.applyAsInt(item) <= end, found);
        return inOrderAdded(found);
    }

    /** The items that begin in [from, to), by begin, equal begins in the order added. */
    List<T> beginningIn(int from, int to) {
        List<Slot<T>> found = new ArrayList<>();
        collect(from, to, false, item -> true, found);
        if (found.size() > 1) {
            found.sort(BY_BEGIN_THEN_ORDER);
        }
        List<T> items = new ArrayList<>(found.size());
        for (Slot<T> slot : found) {
            items.add(slot.item());
        }
        return items;
    }

    /**
     * Items beginning in [from, to) (or [from, to]) that {@code keep} selects, and long items
     * beginning before {@code from} that it selects.
     */
    private List<T> near(int from, int to, boolean toInclusive, Predicate<T> keep) {
        List<Slot<T>> found = new ArrayList<>();
        collect(from, to, toInclusive, keep, found);
        for (Slot<T> slot : longOnes) {
            visited++;
            if (slot.begin() < from && keep.test(slot.item())) {
                found.add(slot);
            }
        }
        return inOrderAdded(found);
    }

    private void collect(int from, int to, boolean toInclusive, Predicate<T> keep, List<Slot<T>> found) {
        if (from > to || from == to && !toInclusive || to < 0) {
            return;
        }
        int last = Math.min(bucketOf(to), buckets.length - 1);
        for (int b = bucketOf(from); b <= last; b++) {
            List<Slot<T>> bucket = buckets[b];
            for (int k = 0; bucket != null && k < bucket.size(); k++) {
                Slot<T> slot = bucket.get(k);
                int begin = slot.begin();
                if (begin >= from && (begin < to || toInclusive && begin == to)) {
                    visited++;
                    if (keep.test(slot.item())) {
                        found.add(slot);
                    }
                }
            }
        }
    }

    private static final Comparator<Slot<?>> BY_ORDER = Comparator.comparingLong(Slot::order);
    private static final Comparator<Slot<?>> BY_BEGIN_THEN_ORDER =
            Comparator.<Slot<?>>comparingInt(Slot::begin).thenComparingLong(Slot::order);

    private static <T> List<T> inOrderAdded(List<Slot<T>> slots) {
        if (slots.isEmpty()) {
            return new ArrayList<>(0);
        }
        if (slots.size() > 1) {
            slots.sort(BY_ORDER);
        }
        List<T> items = new ArrayList<>(slots.size());
        for (Slot<T> slot : slots) {
            items.add(slot.item());
        }
        return items;
    }
}
