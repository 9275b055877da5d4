package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds whole-word occurrences of many forms in one pass over a text: a trie of case-folded
 * characters. It finds exactly what a case-insensitive (Unicode) regular expression alternating
 * the forms, longest first, between letter-or-digit boundaries finds, leftmost first and without
 * overlaps, but walks each character once instead of trying every form at every position.
 */
final class FormFinder {
    private final Node root;

    private FormFinder(Node root) {
        this.root = root;
    }

    static FormFinder of(Collection<String> forms) {
        MutableNode root = new MutableNode();
        for (String form : forms) {
            MutableNode n = root;
            for (int i = 0; i < form.length(); i++) {
                n = n.children.computeIfAbsent(caseless(form.charAt(i)), c -> new MutableNode());
            }
            n.terminal |= !form.isEmpty();
        }
        return new FormFinder(root.freeze());
    }

    /**
     * The character as a case-insensitive regular expression compares it: upper case, then lower
     * case, so that dotless and dotted i, final sigma and the like meet their other forms.
     */
    private static char caseless(char c) {
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** Every occurrence, left to right; at one position the longest form that ends a word. */
    List<Span> findAll(CharSequence text) {
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = startsWord(text, i) ? longestAt(text, i) : -1;
            if (end > i) {
                found.add(new Span(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private int longestAt(CharSequence text, int begin) {
        int best = -1;
        Node n = root;
        for (int i = begin; i < text.length(); i++) {
            n = n.child(caseless(text.charAt(i)));
            if (n == null) {
                break;
            }
            if (n.terminal && endsWord(text, i + 1)) {
                best = i + 1;
            }
        }
        return best;
    }

    /** Looks one char back, not one code point, as the regular expression's look-behind did. */
    private static boolean startsWord(CharSequence text, int at) {
        return at == 0 || !isLetterOrNumber(text.charAt(at - 1));
    }

    private static boolean endsWord(CharSequence text, int at) {
        return at >= text.length() || !isLetterOrNumber(Character.codePointAt(text, at));
    }

    /** {@code [\p{L}\p{N}]}: letters and every kind of number, not only decimal digits. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A trie node, immutable once built: sorted keys searched by bisection. */
    private static final class Node {
        private final char[] keys;
        private final Node[] children;
        private final boolean terminal;

        Node(char[] keys, Node[] children, boolean terminal) {
            this.keys = keys;
            this.children = children;
            this.terminal = terminal;
        }

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : children[k];
        }
    }

    private static final class MutableNode {
        private final Map<Character, MutableNode> children = new TreeMap<>();
        private boolean terminal;

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] frozen = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, MutableNode> e : children.entrySet()) {
                keys[k] = e.getKey();
                frozen[k++] = e.getValue().freeze();
            }
            return new Node(keys, frozen, terminal);
        }
    }
}
