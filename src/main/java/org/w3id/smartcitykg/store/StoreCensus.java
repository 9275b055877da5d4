package org.w3id.smartcitykg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The sizes a dataset description states (VoID's triples, distinct subjects and objects, class and
 * property partitions, and the size of every named graph), counted over the union of the named
 * graphs. In a TDB2 store they are counted from the quad indexes in their sorted order, on node
 * ids, decoding only the few nodes that are reported: three sequential scans instead of SPARQL
 * aggregates that would hold every distinct term of a large store in memory.
 */
public record StoreCensus(long quads, long triples, long distinctSubjects, long distinctObjects,
                          long subjectsUnderBase, Map<Node, Long> classes, Map<Node, Long> properties,
                          Map<Node, Long> graphSizes) {

    /** Counts {@code dataset}; call it inside a read transaction. */
    public static StoreCensus of(DatasetGraph dataset, String base) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        return tdb != null ? fromIndexes(tdb, base) : fromQuads(dataset, base);
    }

    private static StoreCensus fromIndexes(DatasetGraphTDB tdb, String base) {
        var table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        Map<String, TupleIndex> indexes = new HashMap<>();
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            indexes.put(index.getName(), index);
        }
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        // Subjects come in the order of their ids, which is their order in the node file: read
        // there directly, they are a sequential read, through the cache a churn of millions of entries.
        NodeTable file = nodes.baseNodeTable();
        TripleCounts counts = new TripleCounts(id -> under(file.getNodeForNodeId(id), base), type);
        // Tuples come back as G,S,P,O whatever the index; an index named SPOG is sorted by subject first.
        indexes.get("SPOG").all().forEachRemaining(t -> counts.add(t.get(1), t.get(2), t.get(3)));
        long distinctObjects = changes(indexes.get("OSPG").all(), 3);
        Map<NodeId, Long> graphs = new HashMap<>();
        indexes.get("GSPO").all().forEachRemaining(t -> graphs.merge(t.get(0), 1L, Long::sum));
        return new StoreCensus(counts.quads, counts.triples, counts.subjects, distinctObjects, counts.subjectsUnder,
                decoded(counts.classes, nodes::getNodeForNodeId), decoded(counts.properties, nodes::getNodeForNodeId),
                decoded(graphs, nodes::getNodeForNodeId));
    }

    /** How many runs of equal values column {@code column} has in a sorted stream of tuples. */
    private static long changes(Iterator<Tuple<NodeId>> sorted, int column) {
        long runs = 0;
        NodeId previous = null;
        while (sorted.hasNext()) {
            NodeId value = sorted.next().get(column);
            if (!value.equals(previous)) {
                runs++;
                previous = value;
            }
        }
        return runs;
    }

    /** Counts quads sorted by subject, predicate and object: equal triples of other graphs are adjacent. */
    private static final class TripleCounts {
        private final Function<NodeId, Boolean> underBase;
        private final NodeId type;
        private final Map<NodeId, Long> classes = new HashMap<>();
        private final Map<NodeId, Long> properties = new HashMap<>();
        private long quads;
        private long triples;
        private long subjects;
        private long subjectsUnder;
        private NodeId s;
        private NodeId p;
        private NodeId o;

        TripleCounts(Function<NodeId, Boolean> underBase, NodeId type) {
            this.underBase = underBase;
            this.type = type;
        }

        void add(NodeId subject, NodeId predicate, NodeId object) {
            quads++;
            boolean newSubject = !subject.equals(s);
            if (!newSubject && predicate.equals(p) && object.equals(o)) {
                return;
            }
            triples++;
            properties.merge(predicate, 1L, Long::sum);
            if (predicate.equals(type)) {
                classes.merge(object, 1L, Long::sum);
            }
            if (newSubject) {
                subjects++;
                if (underBase.apply(subject)) {
                    subjectsUnder++;
                }
            }
            s = subject;
            p = predicate;
            o = object;
        }
    }

    private static <K> Map<Node, Long> decoded(Map<K, Long> counts, Function<K, Node> decode) {
        Map<Node, Long> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        counts.forEach((k, n) -> out.put(decode.apply(k), n));
        return out;
    }

    /** Any other dataset (in memory, small): one pass with sets. */
    private static StoreCensus fromQuads(DatasetGraph dataset, String base) {
        Set<Triple> triples = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Long> graphs = new HashMap<>();
        Map<Node, Long> classes = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        long quads = 0;
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.isDefaultGraph()) {
                continue;
            }
            quads++;
            graphs.merge(q.getGraph(), 1L, Long::sum);
            if (triples.add(q.asTriple())) {
                properties.merge(q.getPredicate(), 1L, Long::sum);
                if (q.getPredicate().equals(RDF.type.asNode())) {
                    classes.merge(q.getObject(), 1L, Long::sum);
                }
                subjects.add(q.getSubject());
                objects.add(q.getObject());
            }
        }
        long under = subjects.stream().filter(n -> under(n, base)).count();
        return new StoreCensus(quads, triples.size(), subjects.size(), objects.size(), under,
                decoded(classes, Function.identity()), decoded(properties, Function.identity()),
                decoded(graphs, Function.identity()));
    }

    private static boolean under(Node node, String base) {
        return Objects.requireNonNull(node).isURI() && node.getURI().startsWith(base);
    }
}
