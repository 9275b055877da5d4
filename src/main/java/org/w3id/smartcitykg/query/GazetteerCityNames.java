package org.w3id.smartcitykg.query;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.w3id.smartcitykg.link.GeoNamesGazetteer;
import org.w3id.smartcitykg.link.PlaceResolver;
import org.w3id.smartcitykg.rdf.IriScheme;

/**
 * City IRIs for a name as a person types it ("Kraków", "Krakowie", "Краков"), through the bundled
 * GeoNames gazetteer and the converter's own IRI scheme, so they are the IRIs the graph uses.
 * The gazetteer is loaded once, when a city is first asked for: a server that is never asked one
 * never spends the time or the memory on it.
 */
public final class GazetteerCityNames implements Function<String, List<Node>> {
    private static final int MAX_CANDIDATES = 5;

    private final IriScheme iris;
    private final Supplier<PlaceResolver> loader;
    private volatile PlaceResolver resolver;

    private GazetteerCityNames(IriScheme iris, Supplier<PlaceResolver> loader) {
        this.iris = iris;
        this.loader = loader;
    }

    /** City names through the bundled gazetteer, loaded when first needed. */
    public static GazetteerCityNames onDemand(IriScheme iris) {
        return new GazetteerCityNames(iris, () -> new PlaceResolver(GeoNamesGazetteer.load()));
    }

    @Override
    public List<Node> apply(String name) {
        return resolver().candidates(name).stream().limit(MAX_CANDIDATES)
                .map(place -> iris.entity(PlaceResolver.cityKey(place))).toList();
    }

    private PlaceResolver resolver() {
        PlaceResolver r = resolver;
        if (r == null) {
            synchronized (this) {
                if (resolver == null) {
                    resolver = loader.get();
                }
                r = resolver;
            }
        }
        return r;
    }
}
