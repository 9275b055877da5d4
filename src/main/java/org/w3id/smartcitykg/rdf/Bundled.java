package org.w3id.smartcitykg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The files the jar carries from the repository's top level: ontology, shapes, queries, seeds. */
public final class Bundled {
    public static final String ROOT = "/smartcitykg/";
    public static final String ONTOLOGY = ROOT + "ontology/smartcity.ttl";
    public static final String SHAPES = ROOT + "ontology/shapes.ttl";

    private Bundled() {}

    public static Graph ontology() {
        return turtle(ONTOLOGY);
    }

    public static Graph shapes() {
        return turtle(SHAPES);
    }

    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
    }

    public static InputStream open(String resource) {
        InputStream in = Bundled.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the jar; rebuild it with mvn package");
        }
        return in;
    }

    private static Graph turtle(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
