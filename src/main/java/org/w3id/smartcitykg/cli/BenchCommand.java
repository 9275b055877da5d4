package org.w3id.smartcitykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.smartcitykg.pipeline.Benchmark;
import org.w3id.smartcitykg.pipeline.BundledSeeds;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.service.ScaleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench}: conversion speed in documents per second. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = CorpusCommand.class,
        description = "Measure conversion speed: the documents (default: the seeds) converted --repeat times, "
                + "on one thread and on --threads threads.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DOCS", description = "Documents or folders (default: the seeds).")
    List<Path> documents;

    @Option(names = "--repeat", defaultValue = "200", description = "Times each document is converted (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "40",
            description = "Seconds of untimed conversion before the first timed run, for the JIT (default: ${DEFAULT-VALUE}).")
    double warmUpSeconds;

    @Option(names = "--runs", defaultValue = "1",
            description = "Timed runs on each number of threads, and their median when more than one: on a shared "
                    + "machine one run can be a tenth off the next (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", defaultValue = "0",
            description = "Threads for the parallel run (default: all cores).")
    int threads;

    @Option(names = "--size", paramLabel = "N", defaultValue = "0",
            description = "Also run the scale benchmark on a generated corpus of N documents: build from nothing, "
                    + "start-up against bare Fuseki, load rate against tdb2.tdbloader, one changed document, "
                    + "query latency under --clients (default: ${DEFAULT-VALUE}, conversion only).")
    int size;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
            description = "Folder for the corpus, stores and logs of the scale benchmark (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients of the query benchmark (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--query-seconds", defaultValue = "30",
            description = "How long the clients query (default: ${DEFAULT-VALUE}).")
    int querySeconds;

    @Option(names = "--steps", paramLabel = "STEP", split = ",", defaultValue = "build,start,load,memory,serving",
            converter = StepConverter.class,
            description = "Rows of the scale benchmark to run, of ${DEFAULT-VALUE}; without build, the store an "
                    + "earlier run left in --work is measured (default: all).")
    java.util.Set<ScaleBenchmark.Step> steps;

    /** Step names as the help shows them, in lower case. */
    static final class StepConverter implements picocli.CommandLine.ITypeConverter<ScaleBenchmark.Step> {
        @Override
        public ScaleBenchmark.Step convert(String value) {
            return ScaleBenchmark.Step.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Option(names = "--child-jvm", paramLabel = "OPTION", split = " ", defaultValue = "-Xmx3g",
            description = "JVM options of the servers and loaders the scale benchmark starts (default: ${DEFAULT-VALUE}).")
    List<String> childJvm;

    @Mixin
    BaseIriOption base;

    @Mixin
    VerboseOption verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static Path thisJar() throws Exception {
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) {
            throw new CliException(ExitCodes.USAGE, "the scale benchmark runs from the jar: mvn package, then java -jar");
        }
        return jar;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = documents == null || documents.isEmpty() ? BundledSeeds.files() : Inputs.expand(documents);
        PrintWriter out = spec.commandLine().getOut();
        printMachineLoad(out);
        long loadStart = System.nanoTime();
        Benchmark bench = new Benchmark(Converter.standard(base.scheme()),
                java.time.Duration.ofMillis(Math.round(Math.max(0, warmUpSeconds) * 1000)));
        out.printf("start-up (gazetteer, language model, lexicons): %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            List<Benchmark.Result> results = new java.util.ArrayList<>();
            for (int run = 0; run < Math.max(1, runs); run++) {
                Benchmark.Result r = bench.run(files, repeat, t);
                results.add(r);
                out.printf("%d thread(s): %d documents in %.2f s = %.1f documents/s (%d quads; %.2f ms of processor time per document)%n",
                        r.threads(), r.documents(), r.seconds(), r.documentsPerSecond(), r.quads(), r.cpuMillisPerDocument());
                out.flush();
            }
            if (results.size() > 1) {
                out.printf("%d thread(s), median of %d runs: %.1f documents/s, %.2f ms of processor time per document%n", t,
                        results.size(), median(results, Benchmark.Result::documentsPerSecond),
                        median(results, Benchmark.Result::cpuMillisPerDocument));
                out.flush();
            }
        }
        Runtime rt = Runtime.getRuntime();
        out.printf("heap in use after the runs: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        out.flush();
        if (size > 0) {
            java.nio.file.Files.createDirectories(work);
            new ScaleBenchmark(new ScaleBenchmark.Settings(size, seed, work.toAbsolutePath(), thisJar(), clients,
                    java.time.Duration.ofSeconds(querySeconds), childJvm, java.util.EnumSet.copyOf(steps)), out).run();
        }
        return ExitCodes.OK;
    }

    /**
     * What else the machine was doing: on a shared machine, or right after a run that wrote
     * gigabytes the kernel is still flushing, every figure below is slower by as much.
     */
    private static void printMachineLoad(PrintWriter out) {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) {
            out.printf("machine load before the runs: %.2f (one-minute average, %d cores)%n", load,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static double median(List<Benchmark.Result> results, java.util.function.ToDoubleFunction<Benchmark.Result> of) {
        double[] values = results.stream().mapToDouble(of).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
