package org.w3id.smartcitykg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * Tuples of node ids, as many as a corpus makes, sorted into the key order of each index by an
 * external merge sort: they are gathered in a fixed block of memory, and each full block is sorted
 * once per index order and written to disk as a run; at the end the runs of one index are merged
 * into one ascending stream of distinct records. Memory stays at two blocks whatever the corpus;
 * the disk holds every tuple once per index until the indexes are written.
 */
final class TupleRuns implements AutoCloseable {
    private static final int READ_BUFFER = 1 << 16;

    private final Path folder;
    private final String primary;
    private final List<String> orders;
    private final int width;
    private final long[] block;
    private final long[] scratch;
    private final List<List<Path>> runs = new ArrayList<>();
    private int filled;
    private long added;

    /**
     * @param primary the order tuples are added in ("GSPO")
     * @param orders  the index orders wanted ("SPOG", …), each a permutation of {@code primary}
     */
    TupleRuns(Path folder, String primary, List<String> orders, int blockTuples) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.primary = primary;
        this.orders = List.copyOf(orders);
        this.width = primary.length();
        this.block = new long[blockTuples * width];
        this.scratch = new long[blockTuples * width];
        for (String order : orders) {
            if (order.length() != width || !order.chars().allMatch(c -> primary.indexOf(c) >= 0)) {
                throw new IllegalArgumentException(order + " is not an order of " + primary);
            }
            runs.add(new ArrayList<>());
        }
    }

    /** Adds one tuple, its ids in the primary order; {@code ids} is copied, the caller may reuse it. */
    void add(long[] ids) throws IOException {
        System.arraycopy(ids, 0, block, filled * width, width);
        added++;
        if (++filled * width == block.length) {
            spill();
        }
    }

    long added() {
        return added;
    }

    /** Writes the tuples gathered so far as one sorted run per index order. */
    private void spill() throws IOException {
        if (filled == 0) {
            return;
        }
        for (int o = 0; o < orders.size(); o++) {
            int[] columns = columns(orders.get(o));
            for (int t = 0; t < filled; t++) {
                int at = t * width;
                for (int c = 0; c < width; c++) {
                    scratch[at + c] = block[at + columns[c]];
                }
            }
            TupleSort.sort(scratch, filled, width, width);
            int distinct = TupleSort.unique(scratch, filled, width, width);
            runs.get(o).add(writeRun(orders.get(o), runs.get(o).size(), distinct));
        }
        filled = 0;
    }

    /** Where each column of {@code order} is in the primary order. */
    private int[] columns(String order) {
        int[] columns = new int[width];
        for (int c = 0; c < width; c++) {
            columns[c] = primary.indexOf(order.charAt(c));
        }
        return columns;
    }

    private Path writeRun(String order, int number, int tuples) throws IOException {
        Path file = folder.resolve(order + "-" + number + ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (int i = 0; i < tuples * width; i++) {
                out.writeLong(scratch[i]);
            }
        }
        return file;
    }

    /** Spills what is left; after this, {@link #records} can be read, once per order. */
    void finish() throws IOException {
        spill();
    }

    /** The distinct tuples in the key order of {@code order}, as index records of {@code factory}. */
    Iterator<Record> records(String order, RecordFactory factory) throws IOException {
        int o = orders.indexOf(order);
        if (o < 0) {
            throw new IllegalArgumentException("no runs in order " + order);
        }
        return new Merge(runs.get(o), width, factory);
    }

    @Override
    public void close() {
        FileTrees.delete(folder);
    }

    /** One run being read: its current tuple, and the rest. */
    private static final class Run implements AutoCloseable {
        private final DataInputStream in;
        final long[] head;
        boolean exhausted;

        Run(Path file, int width) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), READ_BUFFER));
            this.head = new long[width];
            advance();
        }

        void advance() throws IOException {
            try {
                for (int c = 0; c < head.length; c++) {
                    head[c] = in.readLong();
                }
            } catch (EOFException end) {
                exhausted = true;
                close();
            }
        }

        int compareTo(Run other) {
            for (int c = 0; c < head.length; c++) {
                int d = Long.compareUnsigned(head[c], other.head[c]);
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** K-way merge of sorted runs, equal tuples once. */
    private static final class Merge implements Iterator<Record> {
        private final PriorityQueue<Run> queue = new PriorityQueue<>(Run::compareTo);
        private final RecordFactory factory;
        private final int width;
        private byte[] previous;
        private Record next;

        Merge(List<Path> files, int width, RecordFactory factory) throws IOException {
            this.factory = factory;
            this.width = width;
            for (Path file : files) {
                Run run = new Run(file, width);
                if (!run.exhausted) {
                    queue.add(run);
                }
            }
            next = read();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Record next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Record r = next;
            next = read();
            return r;
        }

        private Record read() {
            try {
                while (!queue.isEmpty()) {
                    Run run = queue.poll();
                    byte[] key = new byte[width * Long.BYTES];
                    for (int c = 0; c < width; c++) {
                        Bytes.setLong(run.head[c], key, c * Long.BYTES);
                    }
                    run.advance();
                    if (!run.exhausted) {
                        queue.add(run);
                    }
                    if (previous == null || !java.util.Arrays.equals(previous, key)) {
                        previous = key;
                        return factory.create(key);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
