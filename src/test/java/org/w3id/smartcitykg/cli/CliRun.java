package org.w3id.smartcitykg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process, capturing what it prints, its data output and its exit code. */
record CliRun(int exitCode, String out, String err, String stdout) {
    /** As {@code main} runs it: with only the sub-command the first argument names. */
    static CliRun run(String... args) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        CommandLine cl = Main.newCommandLine(data, args.length > 0 ? args[0] : "");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString(), data.toString(StandardCharsets.UTF_8));
    }
}
