package org.w3id.smartcitykg.ingest;

import java.nio.file.Path;

/** Reads one file into a {@link SourceText}, or says plainly why it cannot. */
public interface DocumentReader {
    SourceText read(Path file) throws IngestException;
}
