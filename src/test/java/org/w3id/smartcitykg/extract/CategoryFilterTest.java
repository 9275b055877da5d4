package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryFilterTest {
    @Test
    void neverSaysNoToACategoryAddedAndRarelyYesToAnother() {
        Random random = new Random(11);
        CategoryFilter filter = new CategoryFilter(4 * 2000);
        int[] hashes = random.ints(2000).toArray();
        long[] categories = new long[hashes.length];
        for (int k = 0; k < hashes.length; k++) {
            categories[k] = 1L << random.nextInt(40);
            filter.add(hashes[k], categories[k]);
        }
        long wrongYes = 0;
        for (int k = 0; k < hashes.length; k++) {
            assertTrue(filter.mayHold(hashes[k], categories[k]));
            assertTrue(filter.mayHold(hashes[k], categories[k] | 1L << 63), "any of several categories");
            long other = categories[k] == 1L << 39 ? 1 : categories[k] << 1;
            wrongYes += filter.mayHold(hashes[k], other) ? 1 : 0;
        }
        assertTrue(wrongYes < hashes.length / 20, wrongYes + " of " + hashes.length + " said yes to a category they lack");
        for (int k = 0; k < hashes.length; k++) {
            assertFalse(filter.mayHold(hashes[k], 1L << 50), "a category nothing has");
            assertFalse(filter.mayHold(hashes[k], 0), "no category at all");
        }
    }
}
