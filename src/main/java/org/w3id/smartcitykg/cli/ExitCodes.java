package org.w3id.smartcitykg.cli;

/** What the commands' exit codes mean; the README lists them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some inputs failed (the rest were done), or validation found violations. */
    public static final int PARTIAL = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Nothing could be done: no input converted, the store or endpoint unusable. */
    public static final int FAILED = 3;

    private ExitCodes() {}
}
