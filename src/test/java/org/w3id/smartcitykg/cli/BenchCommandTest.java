package org.w3id.smartcitykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bench --runs N}: each timed run is printed, then their median, on one thread and on several. */
class BenchCommandTest {
    private static final Pattern RUN = Pattern.compile("(?m)^(\\d) thread\\(s\\): 5 documents in [\\d.]+ s = ([\\d.]+) documents/s");
    private static final Pattern MEDIAN = Pattern.compile("(?m)^(\\d) thread\\(s\\), median of 3 runs: ([\\d.]+) documents/s");

    @Test
    void printsEveryRunAndTheirMedian() {
        CliRun run = CliRun.run("bench", "--repeat", "1", "--warm-up", "0", "--runs", "3", "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        int[] runs = new int[3];
        Matcher m = RUN.matcher(run.out());
        java.util.Map<Integer, java.util.List<Double>> rates = new java.util.HashMap<>();
        while (m.find()) {
            runs[Integer.parseInt(m.group(1))]++;
            rates.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new java.util.ArrayList<>())
                    .add(Double.parseDouble(m.group(2)));
        }
        assertEquals(3, runs[1], run.out());
        assertEquals(3, runs[2], run.out());
        Matcher median = MEDIAN.matcher(run.out());
        int medians = 0;
        while (median.find()) {
            medians++;
            java.util.List<Double> sorted = rates.get(Integer.parseInt(median.group(1))).stream().sorted().toList();
            assertEquals(sorted.get(1), Double.parseDouble(median.group(2)), 0.051, run.out());
        }
        assertEquals(2, medians, run.out());
        assertTrue(run.out().contains("start-up"), run.out());
        assertTrue(Pattern.compile("(?m)^machine load before the runs: [\\d.]+ \\(one-minute average, \\d+ cores\\)$")
                .matcher(run.out()).find(), run.out());
    }
}
