package org.w3id.smartcitykg.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces and per-document detail on standard error. */
public final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and more detail on errors.")
    boolean verbose;
}
