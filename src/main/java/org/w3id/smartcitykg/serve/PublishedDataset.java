package org.w3id.smartcitykg.serve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.smartcitykg.store.Dumps;

/**
 * The store as it is published: when it last changed, its statistics (counted once, on first
 * need: the store does not change while served), its dumps, and its VoID/DCAT-AP description.
 */
final class PublishedDataset {
    private final DatasetGraph dataset;
    private final String base;
    private final Optional<Dumps> dumps;
    private final Instant modified;
    private final Supplier<DatasetStatistics> stats;

    PublishedDataset(DatasetGraph dataset, String base, Optional<Dumps> dumps, Instant modified) {
        this.dataset = dataset;
        this.base = base;
        this.dumps = dumps;
        this.modified = modified;
        this.stats = memoize(() -> DatasetStatistics.of(dataset, base));
    }

    DatasetGraph dataset() {
        return dataset;
    }

    String base() {
        return base;
    }

    Instant modified() {
        return modified;
    }

    DatasetStatistics statistics() {
        return stats.get();
    }

    Optional<Dumps> dumps() {
        return dumps;
    }

    List<Dumps.Dump> dumpFiles() {
        return dumps.map(Dumps::list).orElse(List.of());
    }

    DatasetMetadata metadataBuilder() {
        return new DatasetMetadata(base, statistics(), dumpFiles(), modified);
    }

    Model metadata(String origin) {
        return metadataBuilder().describe(origin);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
