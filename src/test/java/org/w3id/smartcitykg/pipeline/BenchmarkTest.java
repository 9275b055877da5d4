package org.w3id.smartcitykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;

/** The benchmark converts every document as often as asked, on one thread and on several, and counts every quad. */
class BenchmarkTest {
    @Test
    void eachRunConvertsEveryDocumentRepeatTimesAndCountsItsQuads() throws Exception {
        List<Path> seeds = Fixtures.seeds();
        long[] quadsOnce = {0};
        StreamRDF counter = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quadsOnce[0]++;
            }
        };
        for (Path seed : seeds) {
            Fixtures.converter().convert(seed, counter);
        }
        assertTrue(quadsOnce[0] > 0);
        Benchmark bench = new Benchmark(Fixtures.converter(), Duration.ZERO);
        for (int threads : new int[] {1, 2}) {
            Benchmark.Result r = bench.run(seeds, 3, threads);
            assertEquals(threads, r.threads());
            assertEquals(3 * seeds.size(), r.documents());
            assertEquals(3 * quadsOnce[0], r.quads(), "every quad of every conversion is counted");
            assertTrue(r.seconds() > 0 && r.cpuSeconds() > 0, r.toString());
        }
    }
}
