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
        long[] quads = new long[1];
        long[] triples = new long[1];
        Txn.executeRead(dataset, () -> {
            quads[0] = writeAtomically(NQUADS, record, out -> {
                StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                return streamQuads(dataset, sink);
            });
            triples[0] = writeAtomically(TURTLE, record, out -> {
                StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                sink.start();
                dataset.prefixes().forEach(sink::prefix);
                long[] n = {0};
                // Not the union graph's own find(): it removes duplicates in a set of every triple,
                // which does not fit in memory at scale. A statement that several documents make
                // comes once per document; RDF merges them, as a parser of the file does.
                dataset.find().forEachRemaining(q -> {
                    sink.triple(q.asTriple());
                    n[0]++;
                });
                sink.finish();
                return n[0];
            });
        });
        record.setProperty(NQUADS + ".statements", Long.toString(quads[0]));
        record.setProperty(TURTLE + ".statements", Long.toString(triples[0]));
        try (OutputStream out = Files.newOutputStream(directory.resolve(RECORD))) {
            record.store(out, "what the dumps hold; written with them");
        }
        return list();
    }

    private static long streamQuads(DatasetGraph dataset, StreamRDF sink) {
        sink.start();
        long[] n = {0};
        dataset.find().forEachRemaining(q -> {
            sink.quad(q);
            n[0]++;
        });
        sink.finish();
        return n[0];
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

    private interface Writer {
        long write(OutputStream out) throws IOException;
    }

    private long writeAtomically(String name, Properties record, Writer writer) {
        Path target = directory.resolve(name);
        try {
            Path tmp = Files.createTempFile(directory, name, ".part");
            readableByAll(tmp);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long n;
            try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), sha);
                 GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16)) {
                n = writer.write(gz);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            record.setProperty(name + ".sha256", HexFormat.of().formatHex(sha.digest()));
            record.setProperty(name + ".bytes", Long.toString(Files.size(target)));
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the dump " + target, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
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
