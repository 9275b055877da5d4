package org.w3id.smartcitykg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** SHACL validation of a graph against the project's shapes, summarised for people. */
public final class ShapeValidation {
    private ShapeValidation() {}

    public record Report(boolean conforms, int violations, List<String> lines, ValidationReport raw) {}

    public static Report validate(Graph shapesGraph, Graph data) {
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = new ArrayList<>();
        int violations = 0;
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) {
                violations++;
            }
            lines.add(e.severity().level().getLocalName() + ": " + e.focusNode() + " "
                    + (e.resultPath() == null ? "" : e.resultPath() + " ") + "— " + e.message());
        }
        return new Report(violations == 0, violations, lines, report);
    }
}
