package org.w3id.smartcitykg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.riot.system.StreamRDF;
import org.w3id.smartcitykg.extract.Extraction;
import org.w3id.smartcitykg.extract.Extractor;
import org.w3id.smartcitykg.extract.KnownNames;
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
        // The gazetteer, the language model and the registry take a tenth of a second or more
        // each to read: read them side by side. Not on the common pool, which two cores give
        // a single thread.
        ExecutorService loaders = Executors.newFixedThreadPool(2);
        try {
            var gazetteer = CompletableFuture.supplyAsync(GeoNamesGazetteer::load, loaders);
            var registry = CompletableFuture.supplyAsync(ProgrammeRegistry::load, loaders);
            Lexicons lexicons = Lexicons.fromClasspath();
            Ingestor ingestor = DefaultIngestor.standard(lexicons.languages());
            KnownNames programmes = new ProgrammeResolver(registry.join())::scan;
            return new Converter(ingestor, new RuleBasedExtractor(lexicons, programmes),
                    new DefaultLinker(gazetteer.join(), registry.join()), new DocumentMapper(iris));
        } finally {
            loaders.shutdown();
        }
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
