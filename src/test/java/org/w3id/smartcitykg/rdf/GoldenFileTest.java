package org.w3id.smartcitykg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.smartcitykg.Fixtures;

/**
 * One folder per case under {@code src/test/resources/golden/convert}: {@code input.txt} (and a
 * {@code manifest.csv} when the case needs one) and {@code expected.trig}, compared by
 * isomorphism. Run with {@code -Dgolden.update=true} to rewrite the expected files after an
 * intended change, then read the diff.
 */
class GoldenFileTest {
    private static final Path CASES = Path.of("src/test/resources/golden/convert");

    static Stream<Path> cases() throws IOException {
        return Files.list(CASES).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsAsExpected(Path dir) throws Exception {
        DatasetGraph actual = DatasetGraphFactory.create();
        Fixtures.converter().convert(dir.resolve("input.txt"), StreamRDFLib.dataset(actual));
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, trig(actual), StandardCharsets.UTF_8);
        }
        if (!Files.exists(expectedFile)) {
            fail(dir.getFileName() + ": no " + expectedFile + " (write it with -Dgolden.update=true after checking"
                    + " the output). Actual output:\n" + trig(actual));
        }
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(expectedFile).lang(Lang.TRIG).parse(expected);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(dir.getFileName() + ": the output differs from " + expectedFile + ". Actual output:\n" + trig(actual));
        }
        assertTrue(actual.listGraphNodes().hasNext(), "a named graph per document");
    }

    private static String trig(DatasetGraph ds) {
        ds.prefixes().putAll(RdfOutput.prefixes(org.w3id.smartcitykg.rdf.IriScheme.standard()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, RDFFormat.TRIG_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
