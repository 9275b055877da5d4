package org.w3id.smartcitykg.ingest;

import java.nio.file.Path;

/** A document that cannot be read as a news text; the message names the file and the reason. */
public class IngestException extends Exception {
    private final Path file;
    private final String reason;

    public IngestException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
