package org.w3id.smartcitykg.extract;

/**
 * For each bucket of hashes, the categories (one bit each) of the forms whose hashes fall in it.
 * A word is asked about one category or a few ("list conjunction", "head noun or cue"), and
 * most words that are a form of something ("the", "and") are no form of those: the word's
 * bucket says so from its hash, without a copy of the word or a look into the map of forms.
 */
final class CategoryFilter {
    private final long[] buckets;
    /** A bucket is the top bits of the hash times the golden ratio: every bit of the hash moves them. */
    private final int shift;

    /** About {@code size} buckets, rounded up to a power of two. */
    CategoryFilter(int size) {
        int n = Integer.highestOneBit(Math.max(2, size - 1)) << 1;
        this.buckets = new long[n];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(n);
    }

    void add(int hash, long categories) {
        buckets[bucket(hash)] |= categories;
    }

    /** False only if no form of any of {@code categories} has this hash. */
    boolean mayHold(int hash, long categories) {
        return (buckets[bucket(hash)] & categories) != 0;
    }

    private int bucket(int hash) {
        return hash * 0x9E3779B9 >>> shift;
    }
}
