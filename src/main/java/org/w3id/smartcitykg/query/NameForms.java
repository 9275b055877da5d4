package org.w3id.smartcitykg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.smartcitykg.ingest.EuropeanLanguages;

/**
 * The literals a name as a person types it may be stored as: as typed, in lower case, in
 * capitals, capitalised word by word; plain and with the tag of every language the converter
 * writes. Looking these up one by one uses the store's indexes, where comparing every label in
 * lower case reads them all.
 */
public final class NameForms {
    private static final List<String> TAGS = tags();

    private NameForms() {}

    public static List<Node> of(String name) {
        List<Node> forms = new ArrayList<>();
        for (String text : spellings(name.strip())) {
            forms.add(NodeFactory.createLiteralString(text));
            for (String tag : TAGS) {
                forms.add(NodeFactory.createLiteralLang(text, tag));
            }
        }
        return forms;
    }

    private static Set<String> spellings(String name) {
        Set<String> s = new LinkedHashSet<>();
        s.add(name);
        s.add(name.toLowerCase(Locale.ROOT));
        s.add(name.toUpperCase(Locale.ROOT));
        s.add(capitalised(name));
        return s;
    }

    private static String capitalised(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            b.appendCodePoint(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static List<String> tags() {
        return List.copyOf(new TreeSet<>(EuropeanLanguages.ALL));
    }
}
