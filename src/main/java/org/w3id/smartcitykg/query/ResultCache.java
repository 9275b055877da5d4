package org.w3id.smartcitykg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The answers of canned queries, kept while the store they came from is unchanged: a portal's
 * home page and its widgets ask the same few questions again and again, and the store changes
 * only when documents do. Least recently used answers go first; a new version of the store
 * empties the cache.
 */
public final class ResultCache {
    private final int capacity;
    private final Supplier<Object> storeVersion;
    private Object version;
    private final Map<String, Answer> answers;

    private record Answer(List<Var> vars, List<Binding> rows) {}

    public ResultCache(int capacity, Supplier<Object> storeVersion) {
        this.capacity = capacity;
        this.storeVersion = storeVersion;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The answer for {@code key}, computed by {@code compute} unless this version of the store gave it before. */
    public ResultSetRewindable get(String key, Supplier<ResultSetRewindable> compute) {
        Answer cached = lookup(key);
        if (cached == null) {
            Object versionBefore = storeVersion.get();
            ResultSetRewindable fresh = compute.get();
            cached = remember(fresh);
            fresh.reset();
            store(key, cached, versionBefore);
            return fresh;
        }
        return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(cached.vars(), cached.rows().iterator())));
    }

    private synchronized Answer lookup(String key) {
        Object now = storeVersion.get();
        if (!now.equals(version)) {
            answers.clear();
            version = now;
        }
        return answers.get(key);
    }

    private synchronized void store(String key, Answer answer, Object computedAt) {
        if (computedAt.equals(version)) {
            answers.put(key, answer);
        }
    }

    private static Answer remember(ResultSetRewindable rs) {
        List<Var> vars = Var.varList(rs.getResultVars());
        List<Binding> rows = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return new Answer(vars, List.copyOf(rows));
    }
}
