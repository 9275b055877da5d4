package org.w3id.smartcitykg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The canned queries: {@code queries/*.rq} from a folder, or the copy bundled in the jar. */
public final class QueryCatalogue {
    private static final String BUNDLED = "/smartcitykg/queries/";

    private final Supplier<Map<String, CannedQuery>> queries;

    private QueryCatalogue(Map<String, CannedQuery> queries) {
        Map<String, CannedQuery> copy = Map.copyOf(queries);
        this.queries = () -> copy;
    }

    private QueryCatalogue(Supplier<Map<String, CannedQuery>> queries) {
        this.queries = queries;
    }

    /**
     * The catalogue {@code loader} reads, read by its first user: a server answers SPARQL before
     * its canned queries are parsed (parsing them competes with its start for the processor), and
     * its warm-up is the first user. A catalogue that cannot be read fails every use with the reason.
     */
    public static QueryCatalogue onFirstUse(Callable<QueryCatalogue> loader) {
        return new QueryCatalogue(new Supplier<>() {
            private Map<String, CannedQuery> read;

            @Override
            public synchronized Map<String, CannedQuery> get() {
                if (read == null) {
                    read = load(loader);
                }
                return read;
            }
        });
    }

    private static Map<String, CannedQuery> load(Callable<QueryCatalogue> loader) {
        try {
            return loader.call().queries.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static QueryCatalogue fromFolder(Path folder) throws IOException {
        Map<String, CannedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".rq"))::iterator) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                found.put(name, CannedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return new QueryCatalogue(found);
    }

    /** The queries bundled in the jar (or in target/classes when run from a build). */
    public static QueryCatalogue bundled() {
        try {
            URI uri = QueryCatalogue.class.getResource(BUNDLED).toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath(BUNDLED));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled queries", e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the jar has no bundled queries; rebuild it with mvn package", e);
        }
    }

    /** {@code ./queries} when the working folder has one (so edits show at once), else the bundled ones. */
    public static QueryCatalogue standard() throws IOException {
        Path local = Path.of("queries");
        return Files.isDirectory(local) ? fromFolder(local) : bundled();
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(queries.get().get(name));
    }

    public Iterable<CannedQuery> all() {
        return queries.get().values().stream().sorted(java.util.Comparator.comparing(CannedQuery::name)).toList();
    }

    public int size() {
        return queries.get().size();
    }
}
