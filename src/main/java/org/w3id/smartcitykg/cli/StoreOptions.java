package org.w3id.smartcitykg.cli;

import java.nio.file.Path;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import picocli.CommandLine.Option;

/** {@code --store DIR} or {@code --mem}: which store a command works on, and how its files are read. */
public final class StoreOptions {
    public static final String DEFAULT_STORE = "data/store";

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: " + DEFAULT_STORE + ").")
    Path store;

    @Option(names = "--mem", description = "Keep the store in memory only.")
    boolean memory;

    @Option(names = "--file-mode", paramLabel = "MODE", defaultValue = "${sys:smartcitykg.fileMode:-mapped}",
            description = "How TDB2 reads and writes the store's files: mapped (memory-mapped: the fastest, but the "
                    + "process's resident memory grows to about the size of the store) or direct (read and written "
                    + "through a block cache in the heap: the process stays within its heap, a build from nothing "
                    + "takes longer) (default: ${DEFAULT-VALUE}).")
    FileMode fileMode;

    Path storeOrDefault() {
        return store != null ? store : Path.of(DEFAULT_STORE);
    }

    /**
     * Makes TDB2 open the store's files in {@link #fileMode}; call before any store is opened. In
     * Jena 5.6 the file mode of TDB2's indexes is one setting per JVM, fixed when the first index
     * file opens: {@code StoreParams.fileMode} (and its block cache sizes) is written to tdb.cfg,
     * but the B+trees take no notice of it.
     */
    void applyFileMode() {
        if (fileMode != FileMode.mapped) {
            SystemIndex.setFileMode(fileMode);
        }
        if (SystemIndex.fileMode() != fileMode) {
            throw new CliException(ExitCodes.USAGE, "--file-mode " + fileMode + ": TDB2 files were already opened in "
                    + SystemIndex.fileMode() + " mode in this JVM");
        }
    }
}
