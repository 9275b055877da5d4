package org.w3id.smartcitykg.query;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * only when documents do. An answer is kept as rows and, once asked in a format, as the bytes of
 * that format, so that serving it again writes bytes instead of formatting a thousand rows. The
 * cache holds at most {@code maxBytes} by estimate, least recently used answers going first; a
 * new version of the store empties it.
 */
public final class ResultCache {
    /** What a cell of a row costs in memory, by estimate: a binding entry and its node. */
    private static final long BYTES_PER_CELL = 64;

    private final long maxBytes;
    private final Supplier<Object> storeVersion;
    private Object version;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Answer {
        final List<Var> vars;
        final List<Binding> rows;
        final Map<ResultFormat, byte[]> rendered = new ConcurrentHashMap<>();
        long weight;

        Answer(List<Var> vars, List<Binding> rows) {
            this.vars = vars;
            this.rows = rows;
            this.weight = (long) rows.size() * Math.max(1, vars.size()) * BYTES_PER_CELL;
        }

        ResultSetRewindable resultSet() {
            return ResultSetFactory.makeRewindable(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
        }
    }

    public ResultCache(long maxBytes, Supplier<Object> storeVersion) {
        this.maxBytes = maxBytes;
        this.storeVersion = storeVersion;
    }

    /** The answer for {@code key}, computed by {@code compute} unless this version of the store gave it before. */
    public ResultSetRewindable get(String key, Supplier<ResultSetRewindable> compute) {
        return answer(key, compute).resultSet();
    }

    /** The answer for {@code key} written in {@code format}, written once per version of the store. */
    public byte[] rendered(String key, ResultFormat format, Supplier<ResultSetRewindable> compute) {
        Answer answer = answer(key, compute);
        byte[] cached = answer.rendered.get(format);
        if (cached != null) {
            return cached;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(answer.resultSet(), out);
        byte[] fresh = out.toByteArray();
        if (answer.rendered.putIfAbsent(format, fresh) == null) {
            grow(answer, fresh.length);
        }
        return fresh;
    }

    private Answer answer(String key, Supplier<ResultSetRewindable> compute) {
        Answer cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        Object versionBefore = storeVersion.get();
        Answer fresh = remember(compute.get());
        store(key, fresh, versionBefore);
        return fresh;
    }

    private synchronized Answer lookup(String key) {
        Object now = storeVersion.get();
        if (!now.equals(version)) {
            answers.clear();
            bytes = 0;
            version = now;
        }
        return answers.get(key);
    }

    private synchronized void store(String key, Answer answer, Object computedAt) {
        if (computedAt.equals(version) && answer.weight <= maxBytes && !answers.containsKey(key)) {
            answers.put(key, answer);
            bytes += answer.weight;
            evict();
        }
    }

    private synchronized void grow(Answer answer, long more) {
        if (answers.containsValue(answer)) {
            answer.weight += more;
            bytes += more;
            evict();
        }
    }

    private void evict() {
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().weight;
            eldest.remove();
        }
    }

    /** How much the kept answers weigh, by estimate. */
    public synchronized long bytes() {
        return bytes;
    }

    private static Answer remember(ResultSetRewindable rs) {
        rs.reset();
        List<Var> vars = Var.varList(rs.getResultVars());
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return new Answer(vars, List.copyOf(rows));
    }
}
