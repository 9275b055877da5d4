package org.w3id.smartcitykg.query;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.PlaceResolver;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * City IRIs for a name as a person types it ("Kraków", "Krakowie", "Краков"), through the bundled
 * GeoNames gazetteer and the converter's own IRI scheme, so they are the IRIs the graph uses.
 * The gazetteer takes a second to load: it is loaded in the background, once, when first needed.
 */
public final class GazetteerCityNames implements Function<String, List<Node>> {
    private static final int MAX_CANDIDATES = 5;

    private final IriScheme iris;
    private final CompletableFuture<PlaceResolver> resolver;

    private GazetteerCityNames(IriScheme iris, CompletableFuture<PlaceResolver> resolver) {
        this.iris = iris;
        this.resolver = resolver;
    }

    /** Starts loading the gazetteer now, so the first city parameter does not wait for it. */
    public static GazetteerCityNames loading(IriScheme iris) {
        return new GazetteerCityNames(iris, CompletableFuture.supplyAsync(() -> new PlaceResolver(GeoNamesGazetteer.load())));
    }

    @Override
    public List<Node> apply(String name) {
        return resolver.join().candidates(name).stream().limit(MAX_CANDIDATES)
                .map(place -> iris.entity(PlaceResolver.cityKey(place))).toList();
    }
}
