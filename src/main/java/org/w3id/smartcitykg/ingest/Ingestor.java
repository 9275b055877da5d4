package org.w3id.smartcitykg.ingest;

import java.nio.file.Path;

/** The ingest stage: a file becomes a {@link Document} with its language and metadata. */
public interface Ingestor {
    Document ingest(Path file) throws IngestException;
}
