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
    private final Node root;

    private FormFinder(List<String> categories, Node root) {
        this.categories = categories;
        this.root = root;
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
        return new FormFinder(categories, root.freeze());
    }

    /**
     * The character as a case-insensitive regular expression compares it: upper case, then lower
     * case, so that dotless and dotted i, final sigma and the like meet their other forms.
     */
    private static char caseless(char c) {
        return CASELESS[c];
    }

    /** {@link #caseless} and letter-or-number of every char, computed once: asked at every char of every text. */
    private static final char[] CASELESS = new char[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER_OR_NUMBER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CASELESS[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
            LETTER_OR_NUMBER[c] = CharClasses.isLetterOrNumber(c);
        }
    }

    /** The occurrences of one category's forms, left to right. */
    List<Span> findAll(CharSequence text, String category) {
        int c = categories.indexOf(category);
        List<Span> found = new ArrayList<>();
        if (c >= 0) {
            scan(text, 1L << c, (ignored, span) -> found.add(span));
        }
        return found;
    }

    /** The occurrences of every category's forms, by category; categories not found are absent. */
    Map<String, List<Span>> findAll(CharSequence text) {
        Map<String, List<Span>> found = new HashMap<>();
        scan(text, -1L, (c, span) -> found.computeIfAbsent(categories.get(c), k -> new ArrayList<>()).add(span));
        return found;
    }

    private interface Sink {
        void found(int category, Span span);
    }

    /**
     * At each word start, one walk down the trie gives every wanted category's longest form that
     * ends a word there; a category takes it unless its previous occurrence still covers the start.
     */
    private void scan(CharSequence text, long wanted, Sink sink) {
        int[] nextStart = new int[categories.size()];
        int[] longestEnd = new int[categories.size()];
        for (int begin = 0; begin < text.length(); begin++) {
            if (!startsWord(text, begin)) {
                continue;
            }
            long ended = 0;
            Node n = root;
            for (int i = begin; i < text.length() && n != null && (n.below & wanted) != 0; i++) {
                n = n.child(caseless(text.charAt(i)));
                long here = n == null ? 0 : n.categories & wanted;
                if (here != 0 && endsWord(text, i + 1)) {
                    ended |= here;
                    for (long m = here; m != 0; m &= m - 1) {
                        longestEnd[Long.numberOfTrailingZeros(m)] = i + 1;
                    }
                }
            }
            for (long m = ended; m != 0; m &= m - 1) {
                int c = Long.numberOfTrailingZeros(m);
                if (begin >= nextStart[c]) {
                    sink.found(c, new Span(begin, longestEnd[c]));
                    nextStart[c] = longestEnd[c];
                }
            }
        }
    }

    /** Looks one char back, not one code point, as the regular expression's look-behind did. */
    private static boolean startsWord(CharSequence text, int at) {
        return at == 0 || !LETTER_OR_NUMBER[text.charAt(at - 1)];
    }

    private static boolean endsWord(CharSequence text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return Character.isHighSurrogate(c) ? !CharClasses.isLetterOrNumber(Character.codePointAt(text, at))
                : !LETTER_OR_NUMBER[c];
    }

    /** A trie node, immutable once built: sorted keys searched by bisection. */
    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        /** The categories one of whose forms ends here, one bit each. */
        private final long categories;
        /** The categories one of whose forms ends below: a walk for others stops here. */
        private final long below;

        /**
         * A node with many children (the root: every first letter) also finds those in the
         * Latin, Greek and Cyrillic blocks by their char, as an array index: asked at the start of
         * every word of every text, where bisection took seven steps.
         */
        private final Node[] byChar;
        private static final int MANY = 16;
        private static final char DIRECT_BELOW = 0x530;

        Node(char[] keys, Node[] children, long categories) {
            this.keys = keys;
            this.children = children;
            this.categories = categories;
            long b = 0;
            for (Node child : children) {
                b |= child.categories | child.below;
            }
            this.below = b;
            this.byChar = keys.length >= MANY ? new Node[DIRECT_BELOW] : null;
            for (int k = 0; byChar != null && k < keys.length && keys[k] < DIRECT_BELOW; k++) {
                byChar[keys[k]] = children[k];
            }
        }

        Node child(char c) {
            if (byChar != null && c < DIRECT_BELOW) {
                return byChar[c];
            }
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : children[k];
        }
    }

    private static final class MutableNode {
        private final Map<Character, MutableNode> children = new TreeMap<>();
        private long categories;

        void add(String form, long category) {
            MutableNode n = this;
            for (int i = 0; i < form.length(); i++) {
                n = n.children.computeIfAbsent(caseless(form.charAt(i)), c -> new MutableNode());
            }
            n.categories |= category;
        }

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] frozen = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, MutableNode> e : children.entrySet()) {
                keys[k] = e.getKey();
                frozen[k++] = e.getValue().freeze();
            }
            return new Node(keys, frozen, categories);
        }
    }
}
