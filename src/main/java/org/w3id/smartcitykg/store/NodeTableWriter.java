package org.w3id.smartcitykg.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TIOStreamTransport;

/**
 * Writes a new TDB2 node table: each distinct node once to its data file, in the encoding TDB2
 * reads (RDF Thrift, as {@code NodeTableTRDF} and Jena's xloader write it), and at the end the index from node hash to
 * node id, packed bottom-up. Which nodes it has seen it keeps in one open-addressing table of
 * longs (the 128-bit hash and the id, 24 bytes a node), not in a B+tree it would have to search:
 * a lookup is a probe in memory, not a walk through index blocks on disk.
 * <p>
 * Values TDB2 keeps inline in its ids (numbers, dates, booleans) never reach the table.
 */
final class NodeTableWriter implements AutoCloseable {
    static final String NAME = Names.nodeTableBaseName;
    private static final String DATA = NAME + "-data";
    private static final int WIDTH = 3;
    private static final int KEY_WIDTH = 2;
    private static final double MAX_LOAD = 0.7;

    private final Path storage;
    private final CountingStream data;
    private final TProtocol protocol;
    private final Hash hash = new Hash(SystemTDB.LenNodeHash);
    private final byte[] idBytes = new byte[NodeId.SIZE];
    /** Slot i holds hash high, hash low and the node's offset plus one (0: empty) at 3i. */
    private long[] slots = new long[WIDTH << 12];
    private int mask = (1 << 12) - 1;
    private int nodes;

    NodeTableWriter(Path storage) throws IOException {
        this.storage = storage;
        Files.deleteIfExists(storage.resolve(DATA + "." + Names.extObjNodeData));
        this.data = new CountingStream(new BufferedOutputStream(
                Files.newOutputStream(storage.resolve(DATA + "." + Names.extObjNodeData)), 1 << 16));
        try {
            // straight onto the counting stream: TRDF.protocol(OutputStream) would buffer above it
            this.protocol = TRDF.protocol(new TIOStreamTransport(data));
        } catch (TException e) {
            throw new IOException("cannot write the node table", e);
        }
    }

    /** TDB2's 64-bit id of {@code node}, as written in its index keys; writes the node on first sight. */
    long id(Node node) {
        NodeId inline = NodeId.inline(node);
        if (inline != null) {
            return encoded(inline);
        }
        NodeLib.setHash(hash, node);
        long high = Bytes.getLong(hash.getBytes(), 0);
        long low = Bytes.getLong(hash.getBytes(), 8);
        int slot = slotOf(high, low);
        long stored = slots[slot * WIDTH + 2];
        if (stored != 0) {
            return stored - 1;
        }
        long offset = append(node);
        put(slot, high, low, offset);
        return offset;
    }

    int nodes() {
        return nodes;
    }

    private long encoded(NodeId id) {
        NodeIdFactory.set(id, idBytes);
        return Bytes.getLong(idBytes, 0);
    }

    /** The slot that holds the hash, or the empty one where it belongs. */
    private int slotOf(long high, long low) {
        // MD5's bits are evenly spread: the low word's own bits make a good start
        int slot = (int) (low ^ (low >>> 32)) & mask;
        while (true) {
            int at = slot * WIDTH;
            if (slots[at + 2] == 0 || (slots[at] == high && slots[at + 1] == low)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void put(int slot, long high, long low, long offset) {
        int at = slot * WIDTH;
        slots[at] = high;
        slots[at + 1] = low;
        slots[at + 2] = offset + 1;
        if (++nodes > MAX_LOAD * (mask + 1)) {
            grow();
        }
    }

    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) << 1;
        if ((long) capacity * WIDTH > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than " + nodes + " distinct nodes: beyond one bulk build's table");
        }
        try {
            slots = new long[capacity * WIDTH];
        } catch (OutOfMemoryError e) {
            slots = old;
            throw new IllegalStateException("the new store's node table holds " + nodes + " distinct nodes ("
                    + old.length / 131_072 + " MiB) and cannot grow in this heap: give the JVM more memory (-Xmx)", e);
        }
        mask = capacity - 1;
        for (int at = 0; at < old.length; at += WIDTH) {
            if (old[at + 2] != 0) {
                int slot = slotOf(old[at], old[at + 1]);
                System.arraycopy(old, at, slots, slot * WIDTH, WIDTH);
            }
        }
    }

    private long append(Node node) {
        long offset = data.written;
        try {
            // as terms, not values: Jena 5.6 encodes an xsd:integer value as a long, and one
            // beyond a long's range would come back as another number
            ThriftConvert.convert(node, false).write(protocol);
        } catch (TException e) {
            throw new IllegalStateException("cannot encode " + node + " for the node table", e);
        }
        return offset;
    }

    /**
     * Completes the node table: the data file and its recorded length, then the hash index in hash
     * order. The table of seen nodes is sorted in place for it, so no id can be asked for after.
     */
    void finish() throws IOException {
        data.close();
        writeDataState(data.written);
        int distinct = compact();
        if (distinct > 0) {
            TupleSort.sort(slots, distinct, WIDTH, KEY_WIDTH);
            RecordFactory records = new RecordFactory(SystemTDB.LenNodeHash, NodeId.SIZE);
            PackedIndex.write(storage, NAME, records, new Entries(slots, distinct, records));
        }
        slots = new long[0];
    }

    /** The data file's state as TDB2 keeps it beside the file: its committed length, then a position. */
    private void writeDataState(long length) throws IOException {
        ByteBuffer state = ByteBuffer.allocate(2 * Long.BYTES).putLong(length).putLong(0L);
        Files.write(storage.resolve(DATA + "." + Names.extBdfState), state.array());
    }

    /** Moves the occupied slots to the front of the table; returns how many there are. */
    private int compact() {
        int kept = 0;
        for (int at = 0; at < slots.length; at += WIDTH) {
            if (slots[at + 2] != 0) {
                System.arraycopy(slots, at, slots, kept * WIDTH, WIDTH);
                kept++;
            }
        }
        return kept;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /** Index records (hash, id) of the sorted table. */
    private static final class Entries implements Iterator<Record> {
        private final long[] sorted;
        private final int count;
        private final RecordFactory factory;
        private int next;

        Entries(long[] sorted, int count, RecordFactory factory) {
            this.sorted = sorted;
            this.count = count;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int at = next++ * WIDTH;
            byte[] key = new byte[SystemTDB.LenNodeHash];
            byte[] value = new byte[NodeId.SIZE];
            Bytes.setLong(sorted[at], key, 0);
            Bytes.setLong(sorted[at + 1], key, 8);
            Bytes.setLong(sorted[at + 2] - 1, value, 0);
            return factory.create(key, value);
        }
    }

    /** Counts what passes, so a node's offset is known without asking the file. */
    private static final class CountingStream extends FilterOutputStream {
        long written;
        private boolean closed;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
            }
        }
    }
}
