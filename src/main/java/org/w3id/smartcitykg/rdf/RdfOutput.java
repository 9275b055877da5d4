package org.w3id.smartcitykg.rdf;

import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A sink that writes RDF in one of the output formats. Line formats stream straight through;
 * pretty formats (Turtle, TriG, JSON-LD) gather the quads first, since they group by subject.
 */
public final class RdfOutput implements AutoCloseable {
    public enum Format {
        ttl(RDFFormat.TURTLE_PRETTY, false), nt(RDFFormat.NTRIPLES, false), nq(RDFFormat.NQUADS, true),
        trig(RDFFormat.TRIG_PRETTY, true), jsonld(RDFFormat.JSONLD11_PRETTY, true);

        final RDFFormat rdfFormat;
        final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        public Lang lang() {
            return rdfFormat.getLang();
        }

        public boolean hasGraphs() {
            return quads;
        }
    }

    private final Format format;
    private final OutputStream out;
    private final StreamRDF sink;
    private final DatasetGraph gathered;
    private final StreamRDF streaming;

    private RdfOutput(Format format, OutputStream out, IriScheme iris) {
        this.format = format;
        this.out = out;
        if (format == Format.nt || format == Format.nq) {
            this.gathered = null;
            this.streaming = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
            this.streaming.start();
            this.sink = format.quads ? streaming : new TriplesOnly(streaming);
        } else {
            this.gathered = DatasetGraphFactory.createTxnMem();
            this.streaming = null;
            prefixes(iris).forEach((p, ns) -> gathered.prefixes().add(p, ns));
            StreamRDF toDataset = StreamRDFLib.dataset(gathered);
            this.sink = format.quads ? toDataset : new TriplesOnly(toDataset);
        }
    }

    public static RdfOutput create(Format format, OutputStream out, IriScheme iris) {
        return new RdfOutput(format, out, iris);
    }

    public StreamRDF sink() {
        return sink;
    }

    static java.util.Map<String, String> prefixes(IriScheme iris) {
        return Prefixes.data(iris.base()).getNsPrefixMap();
    }

    @Override
    public void close() throws java.io.IOException {
        if (streaming != null) {
            streaming.finish();
        } else if (format.quads) {
            RDFDataMgr.write(out, gathered, format.rdfFormat);
        } else {
            var graph = gathered.getDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(gathered.prefixes().getMapping());
            RDFDataMgr.write(out, graph, format.rdfFormat);
        }
        out.close();
    }
}
