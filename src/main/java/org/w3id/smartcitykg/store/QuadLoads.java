package org.w3id.smartcitykg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The two ways a store is built from nothing: on disk, bottom-up; in memory, through Jena's bulk loader. */
final class QuadLoads {
    private QuadLoads() {}

    /** Where a bulk build's quads go, and how it ends. */
    interface QuadLoad {
        void add(Quad q) throws IOException;

        long quads();

        /** Completes the database and returns it, open. */
        DatasetGraph finish() throws IOException;

        void abandon() throws IOException;
    }

    /**
     * A database on disk written bottom-up by {@link PackedBuild}: TDB2 makes it, empty, with this
     * project's layout, and closes it again; its files are then filled while nothing has it open.
     */
    static final class Packed implements QuadLoad {
        private final Path directory;
        private final PackedBuild packed;

        Packed(Path directory) throws IOException {
            this.directory = directory;
            DatasetGraph empty = KnowledgeStore.connect(directory);
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(empty);
            Path storage = Path.of(tdb.getLocation().getDirectoryPath());
            StoreParams params = tdb.getStoreParams();
            TDBInternal.expel(empty);
            this.packed = new PackedBuild(storage, Arrays.asList(params.getQuadIndexes()),
                    Arrays.asList(params.getTripleIndexes()));
        }

        @Override
        public void add(Quad q) throws IOException {
            packed.add(q);
        }

        @Override
        public long quads() {
            return packed.added();
        }

        @Override
        public DatasetGraph finish() throws IOException {
            try (packed) {
                packed.finish();
            }
            return KnowledgeStore.connect(directory);
        }

        @Override
        public void abandon() throws IOException {
            packed.close();
        }
    }

    /** A database in memory, filled through Jena's bulk loader. */
    static final class ThroughLoader implements QuadLoad {
        private final DatasetGraph target;
        private final DataLoader loader;
        private final StreamRDF sink;

        ThroughLoader(DatasetGraph target) {
            this.target = target;
            this.loader = LoaderFactory.createLoader(parallelPlan(target), target, MonitorOutputs.nullOutput());
            loader.startBulk();
            this.sink = loader.stream();
        }

        @Override
        public void add(Quad q) {
            sink.quad(q);
        }

        @Override
        public long quads() {
            return loader.countQuads();
        }

        @Override
        public DatasetGraph finish() {
            loader.finishBulk();
            return target;
        }

        @Override
        public void abandon() {
            loader.finishException(new IllegalStateException("bulk build abandoned"));
        }
    }

    /**
     * Jena's parallel plan (every index at once, each on a thread of its own) for the indexes
     * {@code target} has: the stock plan names all six quad indexes.
     */
    private static LoaderPlan parallelPlan(DatasetGraph target) {
        StoreParams params = TDBInternal.getDatasetGraphTDB(target).getStoreParams();
        return new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(), params.getTripleIndexes(), params.getQuadIndexes(),
                new String[0][], new String[0][]);
    }
}
