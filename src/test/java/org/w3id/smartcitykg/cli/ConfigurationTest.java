package org.w3id.smartcitykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults < configuration file < command-line flags. */
class ConfigurationTest {
    private static final String PROPERTY = "picocli.defaults.smartcity-kg.path";

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void theFileOverridesDefaultsAndFlagsOverrideTheFile() throws IOException {
        Path config = Files.writeString(dir.resolve("config.properties"), "format=nt\nbase-iri=http://example.org/cfg/\n");
        System.setProperty(PROPERTY, config.toString());
        CliRun fromFile = CliRun.run("convert", "seeds/004_7a3da7cf4df767b2.txt");
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertTrue(fromFile.stdout().startsWith("<http://example.org/cfg/"), "N-Triples with the configured base");

        CliRun withFlag = CliRun.run("convert", "--format", "ttl", "--base-iri", "http://example.org/flag/",
                "seeds/004_7a3da7cf4df767b2.txt");
        assertTrue(withFlag.stdout().contains("PREFIX"), "the flag's Turtle wins over the file's N-Triples");
        assertTrue(withFlag.stdout().contains("http://example.org/flag/"));
    }
}
