package org.w3id.smartcitykg.ingest;

import java.nio.file.Path;

/**
 * A document's text as read from disk: decoded, NFC-normalised, with the digest of the raw bytes.
 * Character offsets of every later mention refer to {@link #text()}.
 */
public record SourceText(Path path, String text, String sha256, long byteSize) {
    /** The file name without its extension: the document's stable local key. */
    public String key() {
        return keyOf(path);
    }

    /** The key a file's document gets, known before the file is read. */
    public static String keyOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
