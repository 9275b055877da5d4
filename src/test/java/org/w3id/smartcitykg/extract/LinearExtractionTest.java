package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.DefaultIngestor;
import org.w3id.smartcitykg.ingest.Document;

/**
 * Extraction costs in proportion to the text: the span index answers what a brute-force scan of
 * every item would, and the items it looks at grow with the document, not with its square. It
 * counts work instead of timing it, so that a slow machine cannot fail it and a quadratic
 * regression cannot pass it.
 */
class LinearExtractionTest {
    private record Item(int begin, int end) {}

    @Test
    void theSpanIndexAnswersAsAScanOfEveryItemWould() {
        Random random = new Random(7);
        SpanIndex<Item> index = new SpanIndex<>(Item::begin, Item::end);
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            int begin = random.nextInt(5000);
            // a few long items, kept aside by the index, must be found too
            int length = random.nextInt(20) == 0 ? 300 + random.nextInt(2000) : random.nextInt(40);
            Item item = new Item(begin, begin + length);
            items.add(item);
            index.add(item);
        }
        for (Item removed : List.of(items.remove(5), items.remove(700))) {
            assertTrue(index.remove(removed));
        }
        for (int q = 0; q < 500; q++) {
            int begin = random.nextInt(5200) - 100;
            int end = begin + random.nextInt(q % 10 == 0 ? 600 : 30);
            assertEquals(items.stream().filter(i -> i.begin() < end && begin < i.end()).toList(),
                    index.overlapping(begin, end), "overlapping " + begin + ".." + end);
            assertEquals(items.stream().filter(i -> i.begin() <= begin && i.end() >= end).toList(),
                    index.containing(begin, end), "containing " + begin + ".." + end);
            assertEquals(items.stream().filter(i -> i.begin() >= begin && i.end() <= end).toList(),
                    index.within(begin, end), "within " + begin + ".." + end);
        }
    }

    @Test
    void mentionLookupsGrowLinearlyWithTheDocument(@TempDir Path dir) throws Exception {
        long ten = mentionLookups(dir, 10);
        long forty = mentionLookups(dir, 40);
        // Four times the text, four times the work (and some slack); a scan of every mention per
        // candidate would give sixteen times.
        assertTrue(forty <= 5 * ten, "10 copies: " + ten + " mentions looked at, 40 copies: " + forty);
    }

    @Test
    void sentencesAreFoundByBisection() {
        String text = "First one here. Second one here. Third.";
        TextContext ctx = context(text);
        assertEquals(new Span(16, 32), ctx.sentenceAt(20));
        assertEquals(new Span(0, 15), ctx.sentenceAt(0));
        assertEquals(new Span(15, 16), ctx.sentenceAt(15), "between sentences, the char itself");
    }

    private static TextContext context(String text) {
        Document document = new Document(new org.w3id.smartcitykg.ingest.SourceText(Path.of("t.txt"), text, "", text.length()), "en", true,
                "t", java.util.Optional.empty(), java.util.Optional.empty());
        return new TextContext(document, Lexicon.empty("en"), Morphology.NONE, java.util.Optional.empty());
    }

    private static long mentionLookups(Path dir, int copies) throws Exception {
        String seed = Files.readString(Fixtures.seeds().get(2));
        Path file = dir.resolve("copies-" + copies + ".txt");
        Files.writeString(file, (seed + "\n").repeat(copies));
        Document document = DefaultIngestor.standard(Lexicons.fromClasspath().languages()).ingest(file);
        TextContext ctx = ((RuleBasedExtractor) Fixtures.extractor()).read(document);
        assertTrue(ctx.mentions.all().size() > copies, "the copies have mentions");
        return ctx.mentions.visited();
    }
}
