package org.w3id.smartcitykg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR} or {@code --mem}: which store a command works on. */
public final class StoreOptions {
    public static final String DEFAULT_STORE = "data/store";

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: " + DEFAULT_STORE + ").")
    Path store;

    @Option(names = "--mem", description = "Keep the store in memory only.")
    boolean memory;

    Path storeOrDefault() {
        return store != null ? store : Path.of(DEFAULT_STORE);
    }
}
