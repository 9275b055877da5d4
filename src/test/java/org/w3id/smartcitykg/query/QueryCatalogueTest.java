package org.w3id.smartcitykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A server's catalogue is read by its first user, once, and not at all if nobody asks for it. */
class QueryCatalogueTest {
    @Test
    void readByItsFirstUserOnce() {
        AtomicInteger reads = new AtomicInteger();
        QueryCatalogue catalogue = QueryCatalogue.onFirstUse(() -> {
            reads.incrementAndGet();
            return QueryCatalogue.bundled();
        });
        assertEquals(0, reads.get(), "nothing is read before it is used");
        assertTrue(catalogue.size() > 0);
        assertTrue(catalogue.get("projects-in-city").isPresent());
        catalogue.all();
        assertEquals(1, reads.get());
    }

    @Test
    void aCatalogueThatCannotBeReadFailsEveryUseWithTheReason() {
        QueryCatalogue catalogue = QueryCatalogue.onFirstUse(() -> {
            throw new IOException("queries/ is not readable");
        });
        for (int attempt = 0; attempt < 2; attempt++) {
            Exception e = assertThrows(RuntimeException.class, catalogue::size);
            assertTrue(e.getMessage().contains("queries/ is not readable"), e.getMessage());
        }
    }
}
