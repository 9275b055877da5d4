package org.w3id.smartcitykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A document without a manifest is titled by its first line that reads as a heading. */
class TitleTest {
    @Test
    void theFirstLineThatIsNotEmptyNorABreadcrumbTrail() {
        assertEquals("Smart lighting in the old town", DefaultIngestor.firstLine(
                "\n  \n> Home > News\r\n  Smart lighting in the old town  \nThe council met.\n"));
        assertEquals("Only line", DefaultIngestor.firstLine("Only line"));
        assertEquals("", DefaultIngestor.firstLine(""));
        assertEquals("> a > b", DefaultIngestor.firstLine("> a > b\n\n"), "nothing else: the text itself");
    }

    @Test
    void aLongFirstLineIsCut() {
        String title = DefaultIngestor.firstLine("x".repeat(250) + "\nrest");
        assertEquals(201, title.length());
        assertEquals('…', title.charAt(200));
    }
}
