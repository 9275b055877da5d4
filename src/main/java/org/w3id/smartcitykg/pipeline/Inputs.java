package org.w3id.smartcitykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.smartcitykg.ingest.Manifest;

/** Expands the paths given on a command line: a folder stands for the documents in it. */
public final class Inputs {
    private Inputs() {}

    /**
     * Files in argument order, folders expanded to the files in them and in their subfolders,
     * sorted by path. Whatever is not a readable file (a dangling link, a socket) is kept, so the
     * conversion reports it by name instead of skipping it without a word.
     */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> tree = Files.walk(p)) {
                    tree.filter(c -> !Files.isDirectory(c))
                            .filter(c -> !isSidecar(c))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    files.add(p); // reported as unreadable when converted
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Whether a path under a documents folder is a document (not a manifest, note or hidden file). */
    public static boolean isDocument(Path p) {
        return !isSidecar(p);
    }

    /** Files beside documents that describe them rather than being documents. */
    static boolean isSidecar(Path p) {
        String name = p.getFileName().toString();
        return name.equals(Manifest.FILE_NAME) || name.startsWith(".") || name.endsWith(".md");
    }
}
