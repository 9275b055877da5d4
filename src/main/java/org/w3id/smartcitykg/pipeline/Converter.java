package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.smartcitykg.extract.Extraction;
import org.w3id.smartcitykg.extract.Extractor;
import org.w3id.smartcitykg.extract.Lexicons;
import org.w3id.smartcitykg.extract.RuleBasedExtractor;
import org.w3id.smartcitykg.ingest.DefaultIngestor;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.IngestException;
import org.w3id.smartcitykg.ingest.Ingestor;
import org.w3id.smartcitykg.link.DefaultLinker;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.ProgrammeResolver;
import org.w3id.smartcitykg.link.LinkedDocument;
import org.w3id.smartcitykg.link.ProgrammeRegistry;
import org.w3id.smartcitykg.link.Linker;
import org.w3id.smartcitykg.rdf.DocumentMapper;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.rdf.QuadBuffer;

/**
 * The whole road for one document: ingest, extract, link, map. A document's quads reach the sink
 * only when all of it converted, so a failure never leaves half a document behind.
 */
public final class Converter {
    private final Ingestor ingestor;
    private final Extractor extractor;
    private final Linker linker;
    private final DocumentMapper mapper;

    public Converter(Ingestor ingestor, Extractor extractor, Linker linker, DocumentMapper mapper) {
        this.ingestor = ingestor;
        this.extractor = extractor;
        this.linker = linker;
        this.mapper = mapper;
    }

    /** The standard pipeline with the bundled lexicons and gazetteer. */
    public static Converter standard(IriScheme iris) {
        // The gazetteer and the language model take a second each to load: load them side by side.
        CompletableFuture<GeoNamesGazetteer> gazetteer = CompletableFuture.supplyAsync(GeoNamesGazetteer::load);
        Lexicons lexicons = Lexicons.fromClasspath();
        Ingestor ingestor = DefaultIngestor.standard(lexicons.languages());
        ProgrammeRegistry registry = ProgrammeRegistry.load();
        return new Converter(ingestor, new RuleBasedExtractor(lexicons, new ProgrammeResolver(registry)::scan),
                new DefaultLinker(gazetteer.join(), registry), new DocumentMapper(iris));
    }

    /** Converts one file; its quads go to {@code sink} only if the whole document converted. */
    public DocumentReport convert(Path file, StreamRDF sink) throws IngestException {
        Document document = ingestor.ingest(file);
        Extraction extraction;
        LinkedDocument linked;
        QuadBuffer quads = new QuadBuffer();
        try {
            extraction = extractor.extract(document);
            linked = linker.link(document, extraction);
            mapper.write(linked, quads);
        } catch (RuntimeException e) {
            throw new IngestException(file, "conversion failed: " + e);
        }
        quads.sendTo(sink);
        return new DocumentReport(file, document, linked, quads.size());
    }

    public record DocumentReport(Path file, Document document, LinkedDocument linked, int quads) {
        public List<String> warnings() {
            return linked.warnings();
        }
    }
}
