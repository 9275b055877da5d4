package org.w3id.smartcitykg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as downloadable files: gzipped N-Quads (every named graph: one per document,
 * the ontology, the store's record) and gzipped Turtle of the union. They are written when the
 * store changes, streamed from a read transaction into a temporary file and moved into place, so
 * a reader never sees half a dump; what was written is recorded with sizes and checksums.
 */
public final class Dumps {
    public static final String NQUADS = "smartcity-kg.nq.gz";
    public static final String TURTLE = "smartcity-kg.ttl.gz";
    private static final String RECORD = "dumps.properties";

    /** One dump file as a catalogue describes it. */
    public record Dump(String fileName, String mediaType, String description, long byteSize, String sha256,
                       Instant modified, long statements) {}

    private final Path directory;

    public Dumps(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Whether the dumps were written from the store as it is now (its last-modified time). */
    public boolean currentFor(Instant storeModified) {
        return record().map(p -> storeModified.toString().equals(p.getProperty("store.modified"))).orElse(false)
                && Files.isRegularFile(directory.resolve(NQUADS)) && Files.isRegularFile(directory.resolve(TURTLE));
    }

    /** Writes both dumps from {@code dataset} and records them. */
    public List<Dump> write(DatasetGraph dataset, Instant storeModified) throws IOException {
        Files.createDirectories(directory);
        deleteUnfinished();
        Properties record = new Properties();
        record.setProperty("store.modified", storeModified.toString());
        long statements = Txn.calculateRead(dataset, () -> writeBoth(dataset, record));
        record.setProperty(NQUADS + ".statements", Long.toString(statements));
        record.setProperty(TURTLE + ".statements", Long.toString(statements));
        try (OutputStream out = Files.newOutputStream(directory.resolve(RECORD))) {
            record.store(out, "what the dumps hold; written with them");
        }
        return list();
    }

    /**
     * Both files from one pass over the store, which decodes every term once: the decoding, not
     * the writing, is most of a dump's time. The Turtle file is not the union graph's own find(),
     * which removes duplicates in a set of every triple that does not fit in memory at scale: a
     * statement that several documents make comes once per document, and RDF merges them, as a
     * parser of the file does.
     */
    private long writeBoth(DatasetGraph dataset, Properties record) {
        try (DumpFile nquads = new DumpFile(NQUADS); DumpFile turtle = new DumpFile(TURTLE)) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(nquads.out(), RDFFormat.NQUADS);
            StreamRDF triples = StreamRDFWriter.getWriterStream(turtle.out(), RDFFormat.TURTLE_BLOCKS);
            quads.start();
            triples.start();
            dataset.prefixes().forEach(triples::prefix);
            long n = 0;
            for (var it = dataset.find(); it.hasNext(); n++) {
                Quad q = it.next();
                quads.quad(q);
                triples.triple(q.asTriple());
            }
            quads.finish();
            triples.finish();
            nquads.publish(record);
            turtle.publish(record);
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the dumps in " + directory, e);
        }
    }

    /** A dump being written: a gzipped temporary file, moved into place only when it is whole. */
    private final class DumpFile implements AutoCloseable {
        private final String name;
        private final Path tmp;
        private final MessageDigest sha;
        private final GZIPOutputStream out;
        private boolean published;

        DumpFile(String name) throws IOException {
            this.name = name;
            this.tmp = Files.createTempFile(directory, name, ".part");
            readableByAll(tmp);
            this.sha = sha256();
            this.out = new GZIPOutputStream(new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)),
                    sha), 1 << 16);
        }

        OutputStream out() {
            return out;
        }

        void publish(Properties record) throws IOException {
            out.close();
            Path target = directory.resolve(name);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            published = true;
            record.setProperty(name + ".sha256", HexFormat.of().formatHex(sha.digest()));
            record.setProperty(name + ".bytes", Long.toString(Files.size(target)));
        }

        @Override
        public void close() throws IOException {
            if (!published) {
                out.close();
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Dumps a stopped process was still writing: never finished, never to be. */
    private void deleteUnfinished() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".part"))::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A web server in front, running as another user, must be able to read the dumps. */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its default permissions apply
        }
    }

    /** The dumps as last written, empty when there are none. */
    public List<Dump> list() {
        Optional<Properties> record = record();
        if (record.isEmpty()) {
            return List.of();
        }
        Properties p = record.get();
        Instant modified = Instant.parse(p.getProperty("store.modified"));
        return List.of(
                dump(p, NQUADS, "application/n-quads", "Every statement, one named graph per news document, "
                        + "the ontology in a graph of its own (gzipped N-Quads)", modified),
                dump(p, TURTLE, "text/turtle", "The union of all graphs (gzipped Turtle)", modified));
    }

    private static Dump dump(Properties p, String name, String type, String description, Instant modified) {
        return new Dump(name, type, description, Long.parseLong(p.getProperty(name + ".bytes", "0")),
                p.getProperty(name + ".sha256", ""), modified, Long.parseLong(p.getProperty(name + ".statements", "0")));
    }

    private Optional<Properties> record() {
        Path file = directory.resolve(RECORD);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
