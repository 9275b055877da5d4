package org.w3id.smartcitykg.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.w3id.smartcitykg.query.CannedQuery;
import org.w3id.smartcitykg.query.Paging;
import org.w3id.smartcitykg.query.QueryParameter;

/** The catalogue as a person reads it in a terminal: a table of queries, or one query's parameters. */
final class CatalogueListing {
    private static final int NAME = 36;
    private static final int PARAMS = 18;

    private final PrintWriter out;

    CatalogueListing(PrintWriter out) {
        this.out = out;
    }

    void list(Iterable<CannedQuery> queries) {
        out.printf("%-" + NAME + "s %-" + PARAMS + "s %s%n", "QUERY", "PARAMETERS", "SUMMARY");
        for (CannedQuery q : queries) {
            String params = q.parameters().stream().map(p -> p.required() ? p.name() + "*" : p.name())
                    .collect(Collectors.joining(","));
            out.printf("%-" + NAME + "s %-" + PARAMS + "s %s%n", q.name(), params.isEmpty() ? "-" : params, q.summary());
        }
        out.println("* required. 'query NAME --help' shows a query's parameters.");
        out.flush();
    }

    void describe(CannedQuery q, Paging.Limits limits) {
        out.println(q.name() + ": " + q.summary());
        if (!q.description().isEmpty()) {
            out.println(q.description());
        }
        if (!q.tags().isEmpty()) {
            out.println("Tags: " + String.join(", ", q.tags()));
        }
        out.println();
        out.println("Parameters (--param NAME=VALUE):");
        for (QueryParameter p : q.parameters()) {
            out.printf("  %-14s %s%s%s%n", p.name(), p.typeDescription(), p.required() ? ", required" : "",
                    p.defaultValue().map(d -> ", default " + d).orElse(""));
            if (!p.description().isEmpty()) {
                out.printf("  %-14s %s%n", "", p.description());
            }
        }
        out.printf("  %-14s integer, at most %d, default %d (or --limit)%n", Paging.LIMIT, limits.maxLimit(),
                limits.defaultLimit());
        out.printf("  %-14s integer, rows to skip (or --offset)%n", Paging.OFFSET);
        out.flush();
    }
}
