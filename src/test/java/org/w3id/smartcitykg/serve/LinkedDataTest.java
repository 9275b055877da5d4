package org.w3id.smartcitykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.vocab.SC;
import org.w3id.smartcitykg.rdf.Vocabularies;
import org.w3id.smartcitykg.store.KnowledgeStore;

/**
 * Publishing as linked open data, over real HTTP on a free port: dereferenceable IRIs in four RDF
 * formats read back by Jena and by RDF4J Rio, 404s, validators, VoID, the DCAT-AP record against
 * the DCAT-AP 3.0.0 shapes, the service description and the dumps.
 */
class LinkedDataTest {
    static final String CITY = "https://w3id.org/smartcity-kg/id/city/3085941";
    static final String PROJECT = "https://w3id.org/smartcity-kg/id/project/cityxchange";

    @TempDir
    static Path dir;
    private static SeedServer seeds;
    private static KnowledgeStore store;
    private static SmartCityServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        seeds = SeedServer.start(dir);
        store = seeds.store();
        server = seeds.server();
    }

    @AfterAll
    static void stop() {
        seeds.close();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "id/city/3085941, text/turtle, TURTLE",
        "id/city/3085941, application/ld+json, JSONLD",
        "id/city/3085941, application/n-triples, NTRIPLES",
        "id/city/3085941, application/rdf+xml, RDFXML",
        "id/project/cityxchange, text/turtle, TURTLE",
        "id/project/cityxchange, application/ld+json, JSONLD",
        "id/project/cityxchange, application/n-triples, NTRIPLES",
        "id/project/cityxchange, application/rdf+xml, RDFXML",
        "ontology, text/turtle, TURTLE",
        "ontology, application/ld+json, JSONLD",
        "ontology, application/n-triples, NTRIPLES",
        "ontology, application/rdf+xml, RDFXML"})
    void everyFormatParsesInJenaAndRioWithTheRightFacts(String path, String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> r = get(path, mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Lang jenaLang = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        Graph g = RDFParser.source(new ByteArrayInputStream(r.body())).lang(jenaLang).toGraph();
        RDFFormat rioFormat = switch (lang) {
            case "JSONLD" -> RDFFormat.JSONLD;
            case "NTRIPLES" -> RDFFormat.NTRIPLES;
            case "RDFXML" -> RDFFormat.RDFXML;
            default -> RDFFormat.TURTLE;
        };
        org.eclipse.rdf4j.model.Model rio = Rio.parse(new ByteArrayInputStream(r.body()), "", rioFormat);
        assertEquals(g.size(), rio.size(), "Jena and Rio read the same number of triples");
        switch (path) {
            case "id/city/3085941" -> {
                assertTrue(g.contains(uri(CITY), RDF.type.asNode(), SC.City.asNode()));
                assertTrue(g.contains(uri(CITY), RDFS.label.asNode(), NodeFactory.createLiteralString("Sierpc")),
                        "labelled by its GeoNames name");
                assertTrue(g.contains(uri(CITY), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Sierpcu", "pl")),
                        "the forms the documents use, in their language");
                assertTrue(g.contains(uri(CITY), OWL.sameAs.asNode(), uri("https://sws.geonames.org/3085941/")));
                assertTrue(g.contains(Node.ANY, SC.implementedIn.asNode(), uri(CITY)), "the projects in the city");
                assertTrue(rio.contains(Values.iri(CITY), Values.iri(SC.countryCode.getURI()), Values.literal("PL")));
            }
            case "id/project/cityxchange" -> {
                assertTrue(g.contains(uri(PROJECT), RDF.type.asNode(), SC.Project.asNode()));
                assertTrue(g.contains(uri(PROJECT), SC.leadPartner.asNode(), Node.ANY));
                assertTrue(g.contains(uri(PROJECT), SC.implementedIn.asNode(), uri("https://w3id.org/smartcity-kg/id/city/3068293")));
                assertTrue(g.contains(uri("https://w3id.org/smartcity-kg/id/city/3068293"), RDFS.label.asNode(), Node.ANY),
                        "the labels of what it links to");
            }
            default -> {
                assertTrue(g.contains(SC.City.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
                assertTrue(g.contains(SC.hasPartner.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("has partner", "en")));
            }
        }
    }

    @Test
    void formatParameterWinsAndBrowsersGetHtml() throws Exception {
        HttpResponse<byte[]> ttl = get("id/city/3085941?format=ttl", "text/html");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> html = getText("id/city/3085941", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = html.body();
        assertTrue(page.contains("<h1>Sierpc</h1>"), "the label");
        assertTrue(page.contains("https://sws.geonames.org/3085941/") && page.contains("52.8568"), "GeoNames and coordinates");
        assertTrue(page.contains("href=\"/id/project/sierpc-2-0-"), "links to the project's page");
        assertTrue(page.contains("class=\"quote\""), "the text behind the facts");
        assertFalse(page.matches("(?s).*(src|href)=\"https?://(?!sws\\.geonames|publications\\.europa|w3id).*\\.(js|css)\".*"),
                "nothing loaded from elsewhere");
        HttpResponse<String> ontology = getText("ontology", "text/html");
        assertTrue(ontology.body().contains("id=\"City\"") && ontology.body().contains("Miasto")
                && ontology.body().contains("Град"), "every class, labels in every language");
    }

    @Test
    void unknownIrisAnswer404() throws Exception {
        assertEquals(404, get("id/city/0", "text/turtle").statusCode());
        assertEquals(404, get("id/project/no-such-project", "text/html").statusCode());
        assertEquals(404, get("id/", "text/turtle").statusCode());
    }

    @Test
    void validatorsLetHarvestersSkipWhatDidNotChange() throws Exception {
        HttpResponse<byte[]> first = get("id/city/3085941", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/city/3085941"))
                .header("Accept", "text/turtle").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> since = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/city/3085941"))
                .header("Accept", "text/turtle").header("If-Modified-Since", lastModified).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, since.statusCode());
        HttpResponse<byte[]> otherFormat = get("id/city/3085941", "application/n-triples");
        assertFalse(etag.equals(otherFormat.headers().firstValue("ETag").orElse("")), "each format has its own ETag");
    }

    @Test
    void corsOnReadEndpoints() throws Exception {
        for (String path : new String[] {"id/city/3085941", "ontology", ".well-known/void", "dcat", "api/queries"}) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Origin", "https://portal.example.org").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path + " has no CORS header");
        }
    }

    @Test
    void voidDescribesTheDatasetForHarvesters() throws Exception {
        Model m = model(".well-known/void", "text/turtle", Lang.TURTLE);
        var ds = m.listSubjectsWithProperty(RDF.type, VOID.Dataset).toList();
        assertEquals(1, ds.size(), "one void:Dataset");
        var d = ds.get(0);
        for (var p : new org.apache.jena.rdf.model.Property[] {VOID.triples, VOID.entities, VOID.classes,
            VOID.properties, VOID.classPartition, VOID.propertyPartition, VOID.sparqlEndpoint, VOID.dataDump,
            VOID.vocabulary, VOID.uriSpace, VOID.exampleResource, org.apache.jena.vocabulary.DCTerms.license,
            org.apache.jena.vocabulary.DCTerms.publisher, org.apache.jena.vocabulary.DCTerms.modified}) {
            assertTrue(d.hasProperty(p), "void:Dataset lacks " + p);
        }
        long triples = d.getProperty(VOID.triples).getLong();
        assertTrue(triples > 1000, "triples " + triples);
        assertEquals(3, m.listSubjectsWithProperty(RDF.type, VOID.Linkset).toList().size(), "GeoNames, countries, programmes");
        assertTrue(m.contains(null, VOID.linkPredicate, OWL.sameAs));
        String dcat = d.getPropertyResourceValue(RDFS.seeAlso).getURI();
        assertEquals(200, get(URI.create(dcat).getPath().substring(1), "text/turtle").statusCode(), "VoID links to DCAT-AP");
        assertTrue(getText("", "text/html").body().contains("href=\"/.well-known/void\""), "the home page links VoID");
    }

    @Test
    void theDcatApRecordConformsToTheDcatAp300Shapes() throws Exception {
        Path shapesFile = Path.of("../shared/reference/dcat-ap-3.0.0-shacl.ttl");
        Assumptions.assumeTrue(Files.isRegularFile(shapesFile),
                "SKIPPED: " + shapesFile + " is absent (no ../shared beside the repository); DCAT-AP not validated");
        Model record = model("dcat", "text/turtle", Lang.TURTLE);
        assertEquals(1, record.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList().size());
        assertEquals(3, record.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList().size(),
                "two dumps and the endpoint");
        assertTrue(record.listSubjectsWithProperty(RDF.type, DCAT.DataService).hasNext());
        assertTrue(record.contains(null, DCAT.byteSize) && record.contains(null,
                record.createProperty(Vocabularies.SPDX_CHECKSUM.getURI())), "sizes and checksums of the dumps");
        Shapes shapes = Shapes.parse(RDFParser.source(shapesFile).lang(Lang.TURTLE).toGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, record.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), report.getEntries().size() + " violations of DCAT-AP 3.0.0");
    }

    @Test
    void aPlainGetOfTheEndpointIsItsServiceDescription() throws Exception {
        Model sd = model("smartcity/sparql", "text/turtle", Lang.TURTLE);
        var service = sd.listSubjectsWithProperty(RDF.type, sd.createResource(Vocabularies.SD_SERVICE.getURI())).toList();
        assertEquals(1, service.size());
        assertTrue(service.get(0).hasProperty(sd.createProperty(Vocabularies.SD_ENDPOINT.getURI())));
        assertTrue(service.get(0).hasProperty(sd.createProperty(Vocabularies.SD_RESULT_FORMAT.getURI()),
                sd.createResource(Vocabularies.FORMATS + "SPARQL_Results_JSON")));
        assertTrue(sd.contains(null, sd.createProperty(Vocabularies.SD_NAMED_GRAPH.getURI())), "the named graphs");
        Model asJsonLd = model("smartcity/sparql", "application/ld+json", Lang.JSONLD);
        assertEquals(sd.size(), asJsonLd.size());
        assertEquals(200, get("smartcity/sparql?query=" + java.net.URLEncoder.encode("ASK {}", "UTF-8"),
                "application/sparql-results+json").statusCode(), "a query still runs");
    }

    @Test
    void theDumpHoldsEveryQuadOfTheStore() throws Exception {
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "dumps/smartcity-kg.nq.gz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        long size = Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(head.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<byte[]> nq = get("dumps/smartcity-kg.nq.gz", "*/*");
        assertEquals(size, nq.body().length);
        DatasetGraph read = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(read);
        }
        long quads = read.stream().count();
        assertEquals(store.countQuads(), quads, "the dump holds the store");
        assertTrue(read.containsGraph(IriScheme.standard().ontologyGraph()), "the ontology in its own graph");
        HttpResponse<byte[]> ttl = get("dumps/smartcity-kg.ttl.gz", "*/*");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(ttl.body()))) {
            Graph union = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            long expected = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(),
                    () -> (long) store.datasetGraph().getUnionGraph().size());
            assertEquals(expected, union.size(), "the Turtle dump holds the union graph that queries see");
        }
        assertTrue(getText("dumps/", "text/html").body().contains("smartcity-kg.nq.gz"));
        assertEquals(404, get("dumps/nothing.gz", "*/*").statusCode());
    }

    private static Model model(String path, String accept, Lang lang) throws Exception {
        HttpResponse<byte[]> r = get(path, accept);
        assertEquals(200, r.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(m);
        return m;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> getText(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
