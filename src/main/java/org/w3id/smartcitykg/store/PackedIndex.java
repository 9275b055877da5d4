package org.w3id.smartcitykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.FileFactory;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * One TDB2 B+tree written bottom-up from records in key order, full blocks from left to right, as
 * Jena's own xloader writes its indexes ({@link BPlusTreeRewriter}). The files are written through
 * plain file access with a small block cache, whatever mode the JVM maps TDB2's files in: a tree
 * written once, front to back, gains nothing from being mapped, and mapping it would make the
 * whole index resident in the writing process.
 */
final class PackedIndex {
    /** A few blocks are enough: the writer finishes a block and moves on, it never goes back far. */
    private static final int READ_CACHE_BLOCKS = 10;
    private static final int WRITE_CACHE_BLOCKS = 100;

    private PackedIndex() {}

    /**
     * Writes the index {@code name} in the storage folder {@code storage} from {@code records}
     * (ascending, no two equal), replacing any tree of that name there.
     */
    static void write(Path storage, String name, RecordFactory factory, Iterator<Record> records) throws IOException {
        for (String ext : new String[] {Names.extBptTree, Names.extBptRecords, Names.extBptState}) {
            Files.deleteIfExists(storage.resolve(name + "." + ext));
        }
        FileSet files = new FileSet(storage.toString(), name);
        int blockSize = SystemTDB.BlockSize;
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(blockSize, factory), factory);
        BlockMgr branches = BlockMgrFactory.createStdFile(files.filename(Names.extBptTree), blockSize,
                READ_CACHE_BLOCKS, WRITE_CACHE_BLOCKS);
        BlockMgr leaves = BlockMgrFactory.createStdFile(files.filename(Names.extBptRecords), blockSize,
                READ_CACHE_BLOCKS, WRITE_CACHE_BLOCKS);
        BufferChannel state = FileFactory.createBufferChannel(files, Names.extBptState);
        try {
            BPlusTree tree = BPlusTreeRewriter.packIntoBPlusTree(records, params, factory, state, branches, leaves);
            tree.sync();
        } finally {
            branches.close();
            leaves.close();
            state.close();
        }
    }
}
