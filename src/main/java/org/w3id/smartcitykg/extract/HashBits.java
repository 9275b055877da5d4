package org.w3id.smartcitykg.extract;

/**
 * A set of hashes kept as one bit each, that may say yes wrongly but never no: put in front of
 * a large table, it answers most questions about what the table does not hold from a few
 * kilobytes the processor's first caches keep, without a look into the table.
 */
public final class HashBits {
    private final long[] bits;
    private final int mask;

    /** Room for about {@code bits} bits, rounded up to a power of two (64 at least). */
    public HashBits(int bits) {
        int size = Math.max(Long.SIZE, Integer.highestOneBit(Math.max(1, bits - 1)) << 1);
        this.bits = new long[size / Long.SIZE];
        this.mask = size - 1;
    }

    public void add(int hash) {
        int bit = spread(hash) & mask;
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False only if no hash added was this one. */
    public boolean mayHold(int hash) {
        int bit = spread(hash) & mask;
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
