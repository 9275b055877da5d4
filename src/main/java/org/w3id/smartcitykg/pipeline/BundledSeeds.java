package org.w3id.smartcitykg.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The bundled seed documents: {@code ./seeds} when run from the repository, else the jar's copy. */
public final class BundledSeeds {
    private static final String RESOURCE = "/smartcitykg/seeds/";

    private BundledSeeds() {}

    /** The seed files, copied out of the jar to a temporary folder when needed. */
    public static List<Path> files() throws IOException {
        Path local = Path.of("seeds");
        if (Files.isDirectory(local)) {
            return Inputs.expand(List.of(local));
        }
        try {
            URI uri = BundledSeeds.class.getResource(RESOURCE).toURI();
            if (!uri.getScheme().equals("jar")) {
                return Inputs.expand(List.of(Path.of(uri)));
            }
            Path target = Files.createTempDirectory("smartcity-kg-seeds");
            // deleted in the reverse order of registration: the files, then their folder
            target.toFile().deleteOnExit();
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
                 Stream<Path> files = Files.list(fs.getPath(RESOURCE))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(f.getFileName().toString());
                    Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                    copy.toFile().deleteOnExit();
                }
            }
            return Inputs.expand(List.of(target));
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("the jar carries no seed documents; rebuild it with mvn package", e);
        }
    }
}
