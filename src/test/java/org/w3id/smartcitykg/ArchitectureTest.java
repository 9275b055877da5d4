package org.w3id.smartcitykg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows point down: each package of the pipeline imports only the packages below it, in the
 * order the stages run (vocabulary, ingest, extract, link, rdf, store, query, serve, then what
 * joins them and the command line). Read from the sources, so a new upward import fails here.
 */
class ArchitectureTest {
    private static final List<String> LAYERS = List.of("vocab", "ingest", "extract", "link", "rdf", "store",
            "query", "serve", "corpus", "pipeline", "service", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.w3id\\.smartcitykg\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Path SOURCES = Path.of("src/main/java/org/w3id/smartcitykg");

    @Test
    void everyPackageImportsOnlyThePackagesBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = SOURCES.relativize(file).getName(0).toString();
                int level = LAYERS.indexOf(layer);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    int imported = LAYERS.indexOf(m.group(1));
                    if (level < 0 || imported < 0 || imported > level) {
                        upward.add(SOURCES.relativize(file) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }
}
