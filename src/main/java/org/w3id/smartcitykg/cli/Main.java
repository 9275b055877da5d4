package org.w3id.smartcitykg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartcity-kg} command: it only declares the sub-commands. */
@Command(name = "smartcity-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Smart-city news in any European language to a linked-open-data knowledge graph.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs failed, or violations found", "2:wrong command line",
                "3:nothing could be done"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where RDF and query results go: bytes, unlike picocli's character writers. */
    private final OutputStream data;

    private Main(OutputStream data) {
        this.data = data;
    }

    /** The sub-commands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ConvertCommand.class, ServeCommand.class,
            QueryCommand.class, ValidateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            initialiseJenaAside();
        }
        System.exit(newCommandLine(System.out, args.length > 0 ? args[0] : "").execute(args));
    }

    /**
     * Jena's initialisation, the largest part of a server's start, on a thread of its own while
     * picocli reads the command line and the store is found: the second core is idle then.
     * Whatever touches Jena first waits for it to finish (it initialises a class). Not for the
     * commands that start by loading the converter: that already keeps both cores busy.
     */
    private static void initialiseJenaAside() {
        Thread init = new Thread(org.apache.jena.sys.JenaSystem::init, "jena-init");
        init.setDaemon(true);
        init.start();
    }

    /** The command line with our error handling and every sub-command, writing data to {@code data}. */
    public static CommandLine newCommandLine(OutputStream data) {
        return newCommandLine(data, "");
    }

    /**
     * The command line with only the sub-command {@code first} names, when it names one; else
     * with all of them. Picocli reads each command's annotations by reflection as it adds it,
     * which at start took longer than opening the store: a run needs one command, and only the
     * usage needs them all.
     */
    static CommandLine newCommandLine(OutputStream data, String first) {
        CommandLine cl = new CommandLine(new Main(data));
        Class<?> named = null;
        for (Class<?> command : COMMANDS) {
            if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(first)) {
                named = command;
            }
        }
        for (Class<?> command : named != null ? List.of(named) : COMMANDS) {
            cl.addSubcommand(command);
        }
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider());
        return cl;
    }

    /** One clear line on standard error; the stack trace only with --verbose. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose") || parsed.subcommand() != null
                && parsed.subcommand().hasMatchedOption("--verbose");
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        err.println("error: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CliException c ? c.exitCode() : ExitCodes.FAILED;
    }

    /** The data stream, left open when the caller closes what it wrapped around it. */
    OutputStream data() {
        return new FilterOutputStream(data) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
