package org.w3id.smartcitykg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Query results as a plain-text table that fits a terminal: a column {@code x} is left out when a
 * column {@code xLabel} names the same thing, literals show their text, other IRIs their last
 * segment, and cells too wide for their share of the width are cut with an ellipsis.
 */
public final class TextTable {
    private static final int MIN_COLUMN = 6;

    private final int width;

    public TextTable(int width) {
        this.width = Math.max(40, width);
    }

    /** The terminal's width from {@code COLUMNS}, else 120. */
    public static TextTable forTerminal() {
        String columns = System.getenv("COLUMNS");
        try {
            return new TextTable(columns == null ? 120 : Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return new TextTable(120);
        }
    }

    public void write(ResultSetRewindable results, PrintWriter out) {
        results.reset();
        List<String> vars = shown(results.getResultVars());
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            rows.add(vars.stream().map(v -> cell(row.get(v))).toList());
        }
        int[] widths = widths(vars, rows);
        line(out, widths, vars);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, widths, r));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    static List<String> shown(List<String> vars) {
        return vars.stream().filter(v -> !vars.contains(v + "Label")).toList();
    }

    static String cell(RDFNode value) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        if (n.isURI()) {
            String iri = n.getURI();
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return cut > 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        }
        return "_:" + n.getBlankNodeLabel();
    }

    /** Each column as wide as its widest cell, the widest cut down until the row fits the width. */
    private int[] widths(List<String> vars, List<List<String>> rows) {
        int[] w = new int[vars.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = vars.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        int budget = width - 3 * Math.max(0, w.length - 1);
        while (sum(w) > budget) {
            int widest = 0;
            for (int i = 1; i < w.length; i++) {
                widest = w[i] > w[widest] ? i : widest;
            }
            if (w[widest] <= MIN_COLUMN) {
                break;
            }
            w[widest]--;
        }
        return w;
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) {
            s += x;
        }
        return s;
    }

    private static void line(PrintWriter out, int[] widths, List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : " | ").append(fit(cells.get(i), widths[i]));
        }
        out.println(b.toString().stripTrailing());
    }

    private static String fit(String s, int w) {
        int n = s.codePointCount(0, s.length());
        if (n <= w) {
            return s + " ".repeat(w - n);
        }
        return s.substring(0, s.offsetByCodePoints(0, w - 1)) + "…";
    }
}
