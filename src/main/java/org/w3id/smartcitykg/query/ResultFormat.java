package org.w3id.smartcitykg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;

/** How query results are written: a terminal table, or a standard SPARQL results format. */
public enum ResultFormat {
    TABLE("text/plain"), CSV("text/csv"), TSV("text/tab-separated-values"), JSON("application/sparql-results+json");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ResultFormat> named(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void write(ResultSetRewindable results, OutputStream out) {
        results.reset();
        switch (this) {
            case TABLE -> TextTable.forTerminal().write(results,
                    new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
