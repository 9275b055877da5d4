package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Things that take a span of a text, indexed by where they begin, answering "what overlaps,
 * contains or lies within this span" by looking only near it. Recognisers ask once per candidate;
 * a scan of everything found so far would make extraction quadratic in the document's length.
 *
 * <p>An overlap query looks back {@value #SHORT} chars for items that begin before the span and
 * reach into it; the few longer items are kept aside and always checked. Answers keep the order
 * the items were added in, as a scan of a list would give them.
 */
final class SpanIndex<T> {
    /** Longer than this an item is rare (a quoted title, a list): kept in {@link #longOnes}. */
    static final int SHORT = 256;

    private record Slot<T>(long order, T item) {}

    private final ToIntFunction<T> beginOf;
    private final ToIntFunction<T> endOf;
    /** By begin; each list in the order added. */
    private final NavigableMap<Integer, List<Slot<T>>> byBegin = new TreeMap<>();
    private final List<Slot<T>> longOnes = new ArrayList<>();
    private long added;
    private long visited;

    SpanIndex(ToIntFunction<T> beginOf, ToIntFunction<T> endOf) {
        this.beginOf = beginOf;
        this.endOf = endOf;
    }

    void add(T item) {
        Slot<T> slot = new Slot<>(added++, item);
        byBegin.computeIfAbsent(beginOf.applyAsInt(item), b -> new ArrayList<>(1)).add(slot);
        if (endOf.applyAsInt(item) - beginOf.applyAsInt(item) > SHORT) {
            longOnes.add(slot);
        }
    }

    /** Removes {@code item} itself (not an equal one); false if it is not here. */
    boolean remove(T item) {
        List<Slot<T>> bucket = byBegin.get(beginOf.applyAsInt(item));
        for (int k = 0; bucket != null && k < bucket.size(); k++) {
            if (bucket.get(k).item() == item) {
                longOnes.remove(bucket.remove(k));
                if (bucket.isEmpty()) {
                    byBegin.remove(beginOf.applyAsInt(item));
                }
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
        return near(begin - SHORT, end, false, item -> endOf.applyAsInt(item) > begin);
    }

    /** The items that hold all of [begin, end), in the order added. */
    List<T> containing(int begin, int end) {
        return near(begin - SHORT, begin, true, item -> endOf.applyAsInt(item) >= end);
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
        List<T> found = new ArrayList<>();
        if (from < to) {
            for (List<Slot<T>> bucket : byBegin.subMap(from, true, to, false).values()) {
                visited += bucket.size();
                bucket.forEach(slot -> found.add(slot.item()));
            }
        }
        return found;
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
            if (beginOf.applyAsInt(slot.item()) < from && keep.test(slot.item())) {
                found.add(slot);
            }
        }
        return inOrderAdded(found);
    }

    private void collect(int from, int to, boolean toInclusive, Predicate<T> keep, List<Slot<T>> found) {
        if (from > to || from == to && !toInclusive) {
            return;
        }
        for (List<Slot<T>> bucket : byBegin.subMap(from, true, to, toInclusive).values()) {
            for (Slot<T> slot : bucket) {
                visited++;
                if (keep.test(slot.item())) {
                    found.add(slot);
                }
            }
        }
    }

    private static <T> List<T> inOrderAdded(List<Slot<T>> slots) {
        slots.sort(Comparator.comparingLong(Slot::order));
        List<T> items = new ArrayList<>(slots.size());
        slots.forEach(slot -> items.add(slot.item()));
        return items;
    }
}
