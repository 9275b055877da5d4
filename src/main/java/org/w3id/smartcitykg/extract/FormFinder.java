package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds whole-word occurrences of the forms of many categories in one pass over a text: a trie
 * of case-folded characters whose nodes know which categories' forms end there. For each
 * category it finds exactly what a case-insensitive (Unicode) regular expression alternating the
 * category's forms, longest first, between letter-or-digit boundaries finds, leftmost first and
 * without overlaps, but walks the text once instead of trying every form at every position.
 */
final class FormFinder {
    private static final int MAX_CATEGORIES = Long.SIZE;

    private final List<String> categories;
    private final Trie trie;

    private FormFinder(List<String> categories, Trie trie) {
        this.categories = categories;
        this.trie = trie;
    }

    static FormFinder of(Map<String, ? extends Collection<String>> formsByCategory) {
        List<String> categories = List.copyOf(formsByCategory.keySet());
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories, not " + categories.size());
        }
        MutableNode root = new MutableNode();
        for (int c = 0; c < categories.size(); c++) {
            for (String form : formsByCategory.get(categories.get(c))) {
                if (!form.isEmpty()) {
                    root.add(form, 1L << c);
                }
            }
        }
        return new FormFinder(categories, Trie.of(root));
    }

    /** The occurrences of one category's forms, left to right. */
    List<Span> findAll(CharSequence text, String category) {
        int c = categories.indexOf(category);
        List<Span> found = new ArrayList<>();
        if (c >= 0) {
            scan(text, 1L << c, (ignored, begin, end, node) -> found.add(new Span(begin, end)));
        }
        return found;
    }

    /** The occurrences of every category's forms, by category; categories not found are absent. */
    Map<String, List<Span>> findAll(CharSequence text) {
        Map<String, List<Span>> found = new HashMap<>();
        scan(text, (c, begin, end, node) -> found.computeIfAbsent(categories.get(c), k -> new ArrayList<>())
                .add(new Span(begin, end)));
        return found;
    }

    /** What the scan finds: a category's form at [begin, end), ending at trie node {@code node}. */
    interface Sink {
        void found(int category, int begin, int end, int node);
    }

    /** The occurrences of every category's forms, left to right within each category. */
    void scan(CharSequence text, Sink sink) {
        scan(text, -1L, sink);
    }

    String category(int c) {
        return categories.get(c);
    }

    int nodeCount() {
        return trie.categories.length;
    }

    /** The case-folded form that ends at {@code node} (every char as {@link CharClasses#caseless} reads it), or null if none does. */
    String formAt(int node) {
        return trie.forms[node];
    }

    /**
     * At each word start, one walk down the trie gives every wanted category's longest form that
     * ends a word there; a category takes it unless its previous occurrence still covers the start.
     */
    private void scan(CharSequence text, long wanted, Sink sink) {
        int[] nextStart = new int[categories.size()];
        int[] longestEnd = new int[categories.size()];
        int[] longestNode = new int[categories.size()];
        for (int begin = 0; begin < text.length(); begin++) {
            if (!startsWord(text, begin)) {
                continue;
            }
            long ended = 0;
            int n = Trie.ROOT;
            for (int i = begin; i < text.length() && n != Trie.NONE && (trie.below[n] & wanted) != 0; i++) {
                n = trie.child(n, CharClasses.caseless(text.charAt(i)));
                long here = n == Trie.NONE ? 0 : trie.categories[n] & wanted;
                if (here != 0 && endsWord(text, i + 1)) {
                    ended |= here;
                    for (long m = here; m != 0; m &= m - 1) {
                        longestEnd[Long.numberOfTrailingZeros(m)] = i + 1;
                        longestNode[Long.numberOfTrailingZeros(m)] = n;
                    }
                }
            }
            for (long m = ended; m != 0; m &= m - 1) {
                int c = Long.numberOfTrailingZeros(m);
                if (begin >= nextStart[c]) {
                    sink.found(c, begin, longestEnd[c], longestNode[c]);
                    nextStart[c] = longestEnd[c];
                }
            }
        }
    }

    /** Looks one char back, not one code point, as the regular expression's look-behind did. */
    private static boolean startsWord(CharSequence text, int at) {
        return at == 0 || !CharClasses.isLetterOrNumber(text.charAt(at - 1));
    }

    private static boolean endsWord(CharSequence text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return Character.isHighSurrogate(c) ? !CharClasses.isLetterOrNumber(Character.codePointAt(text, at))
                : !CharClasses.isLetterOrNumber(c);
    }

    /**
     * The trie, immutable once built, in a few flat arrays: node {@code n}'s edges are
     * {@code edgeChars} and {@code edgeTargets} from {@code firstEdge[n]} to {@code firstEdge[n + 1]},
     * sorted by char. Nodes are numbered breadth first, so the top levels, which the walk from
     * every word reads, lie together in memory instead of in objects strewn over the heap.
     */
    private static final class Trie {
        static final int ROOT = 0;
        static final int NONE = -1;
        /** The root, with a child for each first letter, finds those of the Latin, Greek and Cyrillic blocks by their char. */
        private static final char DIRECT_BELOW = 0x530;
        /** Up to this many edges a node's are read one by one; bisection pays beyond. */
        private static final int FEW = 8;

        private final int[] firstEdge;
        private final char[] edgeChars;
        private final int[] edgeTargets;
        /** The categories one of whose forms ends at each node, one bit each. */
        final long[] categories;
        /** The categories one of whose forms ends below each node: a walk for others stops there. */
        final long[] below;
        /** The form that ends at each node, as its path spells it; null where none ends. */
        final String[] forms;
        private final int[] rootByChar;

        private Trie(int[] firstEdge, char[] edgeChars, int[] edgeTargets, long[] categories, long[] below,
                     String[] forms) {
            this.forms = forms;
            this.firstEdge = firstEdge;
            this.edgeChars = edgeChars;
            this.edgeTargets = edgeTargets;
            this.categories = categories;
            this.below = below;
            this.rootByChar = new int[DIRECT_BELOW];
            Arrays.fill(rootByChar, NONE);
            for (int e = firstEdge[ROOT]; e < firstEdge[ROOT + 1] && edgeChars[e] < DIRECT_BELOW; e++) {
                rootByChar[edgeChars[e]] = edgeTargets[e];
            }
        }

        static Trie of(MutableNode root) {
            List<MutableNode> nodes = new ArrayList<>();
            nodes.add(root);
            for (int k = 0; k < nodes.size(); k++) {
                nodes.addAll(nodes.get(k).children.values());
            }
            int edges = nodes.size() - 1;
            int[] firstEdge = new int[nodes.size() + 1];
            char[] edgeChars = new char[edges];
            int[] edgeTargets = new int[edges];
            long[] categories = new long[nodes.size()];
            int e = 0;
            int next = 1;
            for (int k = 0; k < nodes.size(); k++) {
                firstEdge[k] = e;
                categories[k] = nodes.get(k).categories;
                for (char c : nodes.get(k).children.keySet()) {
                    edgeChars[e] = c;
                    edgeTargets[e++] = next++;
                }
            }
            firstEdge[nodes.size()] = e;
            int[] parent = new int[nodes.size()];
            char[] via = new char[nodes.size()];
            for (int k = 0; k < nodes.size(); k++) {
                for (int edge = firstEdge[k]; edge < firstEdge[k + 1]; edge++) {
                    parent[edgeTargets[edge]] = k;
                    via[edgeTargets[edge]] = edgeChars[edge];
                }
            }
            String[] forms = new String[nodes.size()];
            for (int k = 1; k < nodes.size(); k++) {
                if (categories[k] != 0) {
                    int depth = 0;
                    for (int up = k; up != ROOT; up = parent[up]) {
                        depth++;
                    }
                    char[] path = new char[depth];
                    for (int up = k; up != ROOT; up = parent[up]) {
                        path[--depth] = via[up];
                    }
                    forms[k] = new String(path);
                }
            }
            long[] below = new long[nodes.size()];
            // Children are numbered after their parent: from the last node back, each child is done before its parent.
            for (int k = nodes.size() - 1; k >= 0; k--) {
                for (int edge = firstEdge[k]; edge < firstEdge[k + 1]; edge++) {
                    below[k] |= categories[edgeTargets[edge]] | below[edgeTargets[edge]];
                }
            }
            return new Trie(firstEdge, edgeChars, edgeTargets, categories, below, forms);
        }

        /** The child of node {@code n} by {@code c}, or {@link #NONE}. */
        int child(int n, char c) {
            if (n == ROOT && c < DIRECT_BELOW) {
                return rootByChar[c];
            }
            int from = firstEdge[n];
            int to = firstEdge[n + 1];
            if (to - from <= FEW) {
                for (int e = from; e < to; e++) {
                    if (edgeChars[e] == c) {
                        return edgeTargets[e];
                    }
                }
                return NONE;
            }
            int e = Arrays.binarySearch(edgeChars, from, to, c);
            return e < 0 ? NONE : edgeTargets[e];
        }
    }

    private static final class MutableNode {
        private final Map<Character, MutableNode> children = new TreeMap<>();
        private long categories;

        void add(String form, long category) {
            MutableNode n = this;
            for (int i = 0; i < form.length(); i++) {
                n = n.children.computeIfAbsent(CharClasses.caseless(form.charAt(i)), c -> new MutableNode());
            }
            n.categories |= category;
        }
    }
}
