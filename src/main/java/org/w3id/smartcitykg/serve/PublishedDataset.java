package org.w3id.smartcitykg.serve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.smartcitykg.store.Dumps;

/**
 * The store as it is published: when it last changed, its statistics, its dumps, and its
 * VoID/DCAT-AP description. What is costly to compute over a large store (the statistics, the
 * home page) is computed once per version of the store and kept until the store changes, so a
 * request never pays for it twice.
 */
final class PublishedDataset {
    private final DatasetGraph dataset;
    private final String base;
    private final Optional<Dumps> dumps;
    private volatile Version version;

    /** One version of the store, and what was computed from it. */
    private final class Version {
        final Instant modified;
        final Supplier<DatasetStatistics> stats;
        final java.util.concurrent.ConcurrentMap<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

        Version(Instant modified) {
            this(modified, memoize(() -> DatasetStatistics.of(dataset, base)));
        }

        Version(Instant modified, Supplier<DatasetStatistics> stats) {
            this.modified = modified;
            this.stats = stats;
        }
    }

    PublishedDataset(DatasetGraph dataset, String base, Optional<Dumps> dumps, Instant modified) {
        this.dataset = dataset;
        this.base = base;
        this.dumps = dumps;
        this.version = new Version(modified);
    }

    /** The store changed at {@code modified}: what was computed from the old version is dropped. */
    void changed(Instant modified) {
        version = new Version(modified);
    }

    /** New dumps were written: the descriptions that list them are made again, the statistics kept. */
    void dumpsChanged() {
        Version now = version;
        version = new Version(now.modified, now.stats);
    }

    /** Computes now, off the request path, what the first visitor would otherwise wait for. */
    void warmUp() {
        statistics();
    }

    /** A value computed from this version of the store, once. */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Supplier<T> compute) {
        return (T) version.derived.computeIfAbsent(key, k -> compute.get());
    }

    DatasetGraph dataset() {
        return dataset;
    }

    String base() {
        return base;
    }

    Instant modified() {
        return version.modified;
    }

    DatasetStatistics statistics() {
        return version.stats.get();
    }

    Optional<Dumps> dumps() {
        return dumps;
    }

    List<Dumps.Dump> dumpFiles() {
        return dumps.map(Dumps::list).orElse(List.of());
    }

    DatasetMetadata metadataBuilder() {
        return new DatasetMetadata(base, statistics(), dumpFiles(), modified());
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
