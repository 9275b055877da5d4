package org.w3id.smartcitykg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Tuples come out in the order TDB2 keeps its keys (unsigned, column by column), with runs of
 * equal keys (many quads of one graph, one predicate) and ids with the top bit set (inline values)
 * sorted like any other, and {@code unique} keeps each key once.
 */
class TupleSortTest {
    private static final Comparator<long[]> UNSIGNED = (x, y) -> {
        for (int c = 0; c < x.length; c++) {
            int d = Long.compareUnsigned(x[c], y[c]);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    };

    @Test
    void sortsLikeAnUnsignedComparatorAndKeepsEachTupleOnce() {
        Random random = new Random(12);
        for (int size : new int[] {0, 1, 2, 15, 16, 17, 1000, 20_000}) {
            List<long[]> tuples = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // few distinct values per column: long runs of equal keys and exact duplicates
                tuples.add(new long[] {small(random), small(random) | (random.nextInt(4) == 0 ? Long.MIN_VALUE : 0),
                        small(random), random.nextInt(3)});
            }
            long[] flat = flatten(tuples);
            TupleSort.sort(flat, size, 4, 4);
            List<long[]> expected = new ArrayList<>(tuples);
            expected.sort(UNSIGNED);
            assertArrayEquals(flatten(expected), flat, "sorted, " + size + " tuples");

            TreeSet<long[]> distinct = new TreeSet<>(UNSIGNED);
            distinct.addAll(tuples);
            int kept = TupleSort.unique(flat, size, 4, 4);
            assertEquals(distinct.size(), kept);
            long[] front = java.util.Arrays.copyOf(flat, kept * 4);
            assertArrayEquals(flatten(new ArrayList<>(distinct)), front, "distinct, " + size + " tuples");
        }
    }

    @Test
    void sortsOnTheKeyAloneAndCarriesTheRestAlong() {
        // (high, low, id) entries of a node table, ordered by hash only
        long[] entries = {5, 1, 100, -1, 0, 101, 5, 0, 102, 0, 9, 103};
        TupleSort.sort(entries, 4, 3, 2);
        assertArrayEquals(new long[] {0, 9, 103, 5, 0, 102, 5, 1, 100, -1, 0, 101}, entries);
    }

    private static long small(Random random) {
        return random.nextInt(7) * 1_000_003L;
    }

    private static long[] flatten(List<long[]> tuples) {
        long[] flat = new long[tuples.size() * 4];
        for (int i = 0; i < tuples.size(); i++) {
            System.arraycopy(tuples.get(i), 0, flat, i * 4, 4);
        }
        return flat;
    }
}
