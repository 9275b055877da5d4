package org.w3id.smartcitykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.rdf.QuadBuffer;

/**
 * Documents converted stage by stage in batches give each document exactly the quads it gets
 * alone, in the input's order, and a bad document fails alone.
 */
class BatchConversionTest {
    @TempDir
    Path dir;

    @Test
    void aBatchGivesEachDocumentItsOwnQuadsAndABadOneFailsAlone() throws Exception {
        List<Path> files = new ArrayList<>(Fixtures.seeds());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 3});
        files.add(2, empty);
        files.add(binary);
        List<Converter.Outcome> outcomes = Fixtures.converter().convertAll(files);
        assertEquals(files.size(), outcomes.size());
        for (int i = 0; i < files.size(); i++) {
            Converter.Outcome o = outcomes.get(i);
            Path file = files.get(i);
            if (file.equals(empty) || file.equals(binary)) {
                assertFalse(o.isConverted(), file.toString());
                assertEquals(file, o.failure().file());
                continue;
            }
            assertTrue(o.isConverted(), file + ": " + o.failure());
            assertEquals(file, o.report().file());
            QuadBuffer alone = new QuadBuffer();
            Fixtures.converter().convert(file, alone);
            assertEquals(alone.quads(), o.quads().quads(), "the same quads, in the same order, as alone: " + file);
        }
    }

    @Test
    void batchesCoverEveryFileInOrderAndShareTheWork() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            files.add(Path.of("d" + i + ".txt"));
        }
        for (int threads : new int[] {1, 2, 8}) {
            List<List<Path>> batches = Converter.batches(files, threads);
            assertEquals(files, batches.stream().flatMap(List::stream).toList());
            assertTrue(batches.stream().allMatch(b -> !b.isEmpty() && b.size() <= Converter.MAX_BATCH));
            assertTrue(batches.size() >= 4 * threads, threads + " threads: " + batches.size() + " batches");
        }
        assertEquals(List.of(List.of(Path.of("one.txt"))), Converter.batches(List.of(Path.of("one.txt")), 2));
        assertTrue(Converter.batches(List.of(), 2).isEmpty());
    }

    @Test
    void parallelConversionHandsOverEveryOutcomeInInputOrder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            files.addAll(Fixtures.seeds());
        }
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        files.add(7, empty);
        List<Path> seen = new ArrayList<>();
        List<Path> failed = new ArrayList<>();
        new ParallelConversion(Fixtures.converter(), 2, Duration.ofMinutes(1)).run(files, new ParallelConversion.Outcomes() {
            @Override
            public void converted(ParallelConversion.Converted document) {
                seen.add(document.report().file());
                assertTrue(document.quads().size() > 0);
            }

            @Override
            public void failed(BatchConverter.Failure failure) {
                seen.add(failure.file());
                failed.add(failure.file());
            }
        });
        assertEquals(files, seen);
        assertEquals(List.of(empty), failed);
    }

    /**
     * A document that takes longer than its budget fails alone, after about that budget, not
     * after the budgets of its whole batch: the others of its batch are converted again one by one.
     */
    @Test
    void aDocumentPastItsBudgetFailsAloneAndSoon() throws Exception {
        Fixtures.converter().convert(Fixtures.seeds().get(0), new QuadBuffer());
        List<Path> files = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            files.addAll(Fixtures.seeds());
        }
        Path slow = Files.writeString(dir.resolve("slow.txt"), Files.readString(Fixtures.seeds().get(0)));
        files.add(5, slow);
        org.w3id.smartcitykg.extract.Extractor sleepy = document -> {
            if (document.source().path().equals(slow)) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("given up");
                }
            }
            return Fixtures.extractor().extract(document);
        };
        Converter converter = new Converter(org.w3id.smartcitykg.ingest.DefaultIngestor.standard(
                org.w3id.smartcitykg.extract.Lexicons.fromClasspath().languages()), sleepy, Fixtures.linker(),
                new org.w3id.smartcitykg.rdf.DocumentMapper(org.w3id.smartcitykg.rdf.IriScheme.standard()));
        List<Path> seen = new ArrayList<>();
        List<BatchConverter.Failure> failed = new ArrayList<>();
        long start = System.nanoTime();
        new ParallelConversion(converter, 1, Duration.ofSeconds(2)).run(files, new ParallelConversion.Outcomes() {
            @Override
            public void converted(ParallelConversion.Converted document) {
                seen.add(document.report().file());
            }

            @Override
            public void failed(BatchConverter.Failure failure) {
                seen.add(failure.file());
                failed.add(failure);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(files, seen);
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(slow, failed.get(0).file());
        assertTrue(failed.get(0).reason().contains("longer than 2 s"), failed.get(0).reason());
        assertTrue(seconds < 10, "given up after its own budget, twice at most, not the batch's: " + seconds + " s");
    }
}
