package org.w3id.smartcitykg.store;

/**
 * Sorts tuples of {@code width} longs laid end to end in one array, compared on their first
 * {@code keyWidth} longs as unsigned numbers: the order of TDB2's keys, whose bytes are those
 * longs written big-endian. One flat array holds millions of tuples with no object per tuple,
 * which is what lets a bulk build sort its quads within a small heap.
 */
final class TupleSort {
    private static final int INSERTION_BELOW = 16;

    private final long[] a;
    private final int width;
    private final int keyWidth;

    private TupleSort(long[] a, int width, int keyWidth) {
        this.a = a;
        this.width = width;
        this.keyWidth = keyWidth;
    }

    /** Sorts the first {@code tuples} tuples of {@code a} in place. */
    static void sort(long[] a, int tuples, int width, int keyWidth) {
        if (keyWidth < 1 || keyWidth > width || (long) tuples * width > a.length) {
            throw new IllegalArgumentException("tuples " + tuples + " of width " + width + ", key " + keyWidth
                    + ", in an array of " + a.length);
        }
        new TupleSort(a, width, keyWidth).quicksort(0, tuples - 1);
    }

    /**
     * Moves duplicates out of the first {@code tuples} sorted tuples (equal on the key) and returns
     * how many distinct ones are left at the front.
     */
    static int unique(long[] a, int tuples, int width, int keyWidth) {
        TupleSort s = new TupleSort(a, width, keyWidth);
        int kept = 0;
        for (int i = 0; i < tuples; i++) {
            if (kept == 0 || s.compare(kept - 1, i) != 0) {
                if (kept != i) {
                    System.arraycopy(a, i * width, a, kept * width, width);
                }
                kept++;
            }
        }
        return kept;
    }

    /** Unsigned comparison of the keys of tuples {@code i} and {@code j}. */
    int compare(int i, int j) {
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < keyWidth; k++) {
            int c = Long.compareUnsigned(a[x + k], a[y + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private void quicksort(int lo, int hi) {
        // recurse into the smaller part, loop on the larger: the stack stays logarithmic
        while (hi - lo >= INSERTION_BELOW) {
            int p = partition(lo, hi);
            if (p - lo < hi - p) {
                quicksort(lo, p - 1);
                lo = p + 1;
            } else {
                quicksort(p + 1, hi);
                hi = p - 1;
            }
        }
        insertionSort(lo, hi);
    }

    /**
     * Partition around the median of the first, middle and last tuple, scanning from both ends and
     * stopping at keys equal to the pivot, so that many equal keys still split evenly; returns the
     * pivot's place.
     */
    private int partition(int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (compare(mid, lo) < 0) {
            swap(mid, lo);
        }
        if (compare(hi, lo) < 0) {
            swap(hi, lo);
        }
        if (compare(hi, mid) < 0) {
            swap(hi, mid);
        }
        // lo <= mid <= hi now; the median goes to hi - 1, and lo and hi bound both scans
        swap(mid, hi - 1);
        int pivot = hi - 1;
        int i = lo;
        int j = pivot;
        while (true) {
            while (compare(++i, pivot) < 0) {
                // scan up to a key not below the pivot
            }
            while (compare(pivot, --j) < 0) {
                // scan down to a key not above it
            }
            if (i >= j) {
                break;
            }
            swap(i, j);
        }
        swap(i, pivot);
        return i;
    }

    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(j, j - 1) < 0; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int i, int j) {
        if (i == j) {
            return;
        }
        int x = i * width;
        int y = j * width;
        for (int k = 0; k < width; k++) {
            long t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }
}
