package org.w3id.smartcitykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {
    @ParameterizedTest
    @ValueSource(strings = {"convert", "serve", "query", "validate"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.run(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: smartcity-kg " + command), run.out());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exitCode());
        for (String c : new String[] {"convert", "serve", "query", "validate", "Exit codes"}) {
            assertTrue(run.out().contains(c), c);
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        var data = new java.io.ByteArrayOutputStream();
        assertEquals(java.util.Set.of("serve"), Main.newCommandLine(data, "serve").getSubcommands().keySet());
        assertEquals(java.util.Set.of("convert", "serve", "query", "validate", "bench", "help"),
                Main.newCommandLine(data, "--help").getSubcommands().keySet());
        assertEquals(6, Main.newCommandLine(data).getSubcommands().size());
    }

    @Test
    void helpOnACommandStillFindsIt() {
        CliRun run = CliRun.run("help", "query");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: smartcity-kg query"), run.out());
    }

    @Test
    void versionNamesTheTool() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("smartcity-kg "), run.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.run("frobnicate").exitCode());
    }
}
