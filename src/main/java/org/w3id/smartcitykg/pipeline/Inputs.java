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

    /** Files in argument order, folders expanded to their regular files sorted by name. */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.filter(Files::isRegularFile)
                            .filter(c -> !isSidecar(c))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    files.add(p); // reported as unreadable when converted
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Files beside documents that describe them rather than being documents. */
    static boolean isSidecar(Path p) {
        String name = p.getFileName().toString();
        return name.equals(Manifest.FILE_NAME) || name.startsWith(".") || name.endsWith(".md");
    }
}
