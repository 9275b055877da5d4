package org.w3id.smartcitykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.pipeline.BatchConverter;

/**
 * Harvesters built on RDF4J read what we publish: every export format, parsed by Rio, holds the
 * same statements as Jena reads from it.
 */
class RioRoundTripTest {
    @ParameterizedTest
    @EnumSource(RdfOutput.Format.class)
    void rioReadsEveryExportLikeJena(RdfOutput.Format format) throws Exception {
        byte[] export = export(format);
        Model byRio = Rio.parse(new ByteArrayInputStream(export), "", rioFormat(format));

        DatasetGraph byJena = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(export)).lang(format.lang()).parse(byJena);
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, byJena, RDFFormat.NQUADS);
        Model jenaViaNQuads = Rio.parse(new ByteArrayInputStream(nquads.toByteArray()), "",
                org.eclipse.rdf4j.rio.RDFFormat.NQUADS);

        assertTrue(byRio.size() > 200, format + ": " + byRio.size() + " statements");
        assertEquals(jenaViaNQuads.size(), byRio.size(), format + ": statement count");
        assertTrue(Models.isomorphic(byRio, jenaViaNQuads), format + ": Rio and Jena read different graphs");
        if (format.hasGraphs()) {
            assertEquals(6, byRio.contexts().size(), format + ": one named graph per document and the converter's");
        }
    }

    private static byte[] export(RdfOutput.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfOutput writer = RdfOutput.create(format, out, IriScheme.standard())) {
            new BatchConverter(Fixtures.converter()).convertAll(Fixtures.seeds(), writer.sink(), w -> { });
        }
        return out.toByteArray();
    }

    private static org.eclipse.rdf4j.rio.RDFFormat rioFormat(RdfOutput.Format format) {
        return switch (format) {
            case ttl -> org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            case nt -> org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES;
            case nq -> org.eclipse.rdf4j.rio.RDFFormat.NQUADS;
            case trig -> org.eclipse.rdf4j.rio.RDFFormat.TRIG;
            case jsonld -> org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
        };
    }
}
