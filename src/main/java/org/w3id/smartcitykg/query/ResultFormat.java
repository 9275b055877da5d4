package org.w3id.smartcitykg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;

/** How query results are printed. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public void write(ResultSetRewindable results, OutputStream out) {
        results.reset();
        switch (this) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ResultSetFormatter.out(ps, results);
                ps.flush();
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
