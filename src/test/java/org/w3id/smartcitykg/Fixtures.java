package org.w3id.smartcitykg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.smartcitykg.extract.Lexicons;
import org.w3id.smartcitykg.extract.RuleBasedExtractor;
import org.w3id.smartcitykg.ingest.DefaultIngestor;
import org.w3id.smartcitykg.link.DefaultLinker;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.ProgrammeRegistry;
import org.w3id.smartcitykg.pipeline.Converter;
import org.w3id.smartcitykg.rdf.DocumentMapper;
import org.w3id.smartcitykg.pipeline.Inputs;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * What many tests need: the repository's seeds, and one standard converter per test JVM (loading
 * the gazetteer and the language model takes seconds; the converter holds no mutable state).
 */
public final class Fixtures {
    private static Converter converter;
    private static RuleBasedExtractor extractor;
    private static DefaultLinker linker;

    private Fixtures() {}

    public static synchronized Converter converter() {
        if (converter == null) {
            Lexicons lexicons = Lexicons.fromClasspath();
            converter = new Converter(DefaultIngestor.standard(lexicons.languages()), extractor(), linker(),
                    new DocumentMapper(IriScheme.standard()));
        }
        return converter;
    }

    public static synchronized RuleBasedExtractor extractor() {
        if (extractor == null) {
            extractor = new RuleBasedExtractor(Lexicons.fromClasspath(),
                    new org.w3id.smartcitykg.link.ProgrammeResolver(registry())::scan);
        }
        return extractor;
    }

    public static synchronized DefaultLinker linker() {
        if (linker == null) {
            linker = new DefaultLinker(gazetteer(), registry());
        }
        return linker;
    }

    public static Path seedsDir() {
        Path seeds = Path.of("seeds");
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("tests run from the repository root, where seeds/ is");
        }
        return seeds;
    }

    public static List<Path> seeds() {
        return Inputs.expand(List.of(seedsDir()));
    }

    /** ../shared beside the repository, when it is there (CI has it; a lone clone may not). */
    public static java.util.Optional<Path> shared() {
        Path shared = Path.of("..", "shared");
        return Files.isDirectory(shared) ? java.util.Optional.of(shared) : java.util.Optional.empty();
    }

    /** A TDB2 store in {@code dir} holding the ontology and the converted seeds. */
    public static org.w3id.smartcitykg.store.KnowledgeStore seedStore(Path dir) throws java.io.IOException {
        var store = org.w3id.smartcitykg.store.KnowledgeStore.open(dir);
        try {
            sync(store, "test").sync(seeds());
        } catch (Exception e) {
            throw new java.io.IOException("the seeds could not be loaded", e);
        }
        return store;
    }

    /** Keeps {@code store} up to date with documents, through the test JVM's one converter. */
    public static org.w3id.smartcitykg.pipeline.StoreSync sync(org.w3id.smartcitykg.store.KnowledgeStore store,
                                                              String build) {
        return new org.w3id.smartcitykg.pipeline.StoreSync(store, org.w3id.smartcitykg.rdf.Bundled::ontology, build,
                Fixtures::converter, org.w3id.smartcitykg.pipeline.StoreSync.Options.defaults(),
                org.w3id.smartcitykg.pipeline.Progress.NONE, w -> { });
    }

    /** City IRIs for a name, through the test JVM's one gazetteer. */
    public static java.util.function.Function<String, List<org.apache.jena.graph.Node>> cityNames() {
        var places = new org.w3id.smartcitykg.link.PlaceResolver(gazetteer());
        return name -> places.candidates(name).stream()
                .map(p -> IriScheme.standard().entity(org.w3id.smartcitykg.link.PlaceResolver.cityKey(p))).toList();
    }

    private static GeoNamesGazetteer gazetteer;
    private static ProgrammeRegistry registry;

    public static synchronized ProgrammeRegistry registry() {
        if (registry == null) {
            registry = ProgrammeRegistry.load();
        }
        return registry;
    }

    public static synchronized GeoNamesGazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = GeoNamesGazetteer.load();
        }
        return gazetteer;
    }
}
