package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HashBitsTest {
    @Test
    void neverSaysNoToAHashAddedAndRarelyYesToAnother() {
        Random random = new Random(5);
        HashBits bits = new HashBits(16 * 1000);
        int[] added = random.ints(1000).toArray();
        for (int h : added) {
            bits.add(h);
        }
        for (int h : added) {
            assertTrue(bits.mayHold(h));
        }
        long wrongYes = random.ints(100_000).filter(bits::mayHold).count();
        assertTrue(wrongYes < 10_000, wrongYes + " of 100,000 other hashes said yes");
    }

    @Test
    void hashesThatDifferOnlyInHighBitsAreTold() {
        HashBits bits = new HashBits(64);
        bits.add(0x0001_0000);
        assertTrue(bits.mayHold(0x0001_0000));
        assertTrue(!bits.mayHold(0x0002_0000), "the high half is mixed in");
    }
}
