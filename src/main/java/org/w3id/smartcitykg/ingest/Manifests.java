package org.w3id.smartcitykg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manifests of the folders an ingestor reads, each read once and read again only when the
 * file changes: a folder of a hundred thousand documents has one manifest of as many lines, and
 * reading it for every document made a batch quadratic.
 */
final class Manifests {
    private record Read(long size, long modified, Manifest manifest) {}

    private final Map<Path, Read> byFolder = new ConcurrentHashMap<>();

    /** The manifest in the folder of {@code document}, or an empty one. */
    Manifest besides(Path document) throws IngestException {
        Path parent = document.toAbsolutePath().getParent();
        if (parent == null) {
            return Manifest.empty();
        }
        Path file = parent.resolve(Manifest.FILE_NAME);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Manifest.empty();
        }
        if (!attributes.isRegularFile()) {
            return Manifest.empty();
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Read known = byFolder.get(parent);
        if (known != null && known.size() == size && known.modified() == modified) {
            return known.manifest();
        }
        Manifest manifest = Manifest.read(file);
        byFolder.put(parent, new Read(size, modified, manifest));
        return manifest;
    }
}
