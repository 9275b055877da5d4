package org.w3id.smartcitykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.vocab.SC;

/**
 * One IRI per real-world thing: the same document converted twice, two documents in two languages
 * that share a city and a project (named once in full with its acronym, once by the acronym
 * alone), and an organisation written in three grammatical cases.
 */
class IdentityTest {
    private static final String KRAKOW = "https://w3id.org/smartcity-kg/id/city/3094802";

    @TempDir
    Path dir;

    @Test
    void convertingTheSameDocumentTwiceGivesTheSameIris() throws Exception {
        Path doc = write("a.txt", POLISH);
        assertEquals(subjects(convert(doc)), subjects(convert(doc)));
    }

    @Test
    void twoDocumentsShareTheirCityAndTheirProject() throws Exception {
        DatasetGraph both = DatasetGraphFactory.create();
        Fixtures.converter().convert(write("pl.txt", POLISH), StreamRDFLib.dataset(both));
        Fixtures.converter().convert(write("en.txt", ENGLISH), StreamRDFLib.dataset(both));
        Set<Node> cities = instances(both, SC.City.asNode());
        assertTrue(cities.contains(NodeFactory.createURI(KRAKOW)), "Kraków in " + cities);
        long krakowGraphs = both.stream().filter(q -> q.getSubject().getURI().equals(KRAKOW)
                && q.getPredicate().equals(RDF.type.asNode())).map(Quad::getGraph).distinct().count();
        assertEquals(2, krakowGraphs, "one Kraków IRI, typed in both documents' graphs");
        Set<Node> projects = instances(both, SC.Project.asNode());
        assertEquals(1, projects.size(), "the full name with its acronym and the acronym alone are one project: " + projects);
        Node project = projects.iterator().next();
        assertTrue(both.getUnionGraph().contains(project, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("ZIPO", "pl"))
                || both.getUnionGraph().contains(project, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("ZIPO", "en")),
                "the acronym is an alias");
        assertTrue(both.getUnionGraph().contains(project, SC.implementedIn.asNode(), NodeFactory.createURI(KRAKOW)));
    }

    @Test
    void anOrganisationInThreeCasesIsOneOrganisation() throws Exception {
        DatasetGraph g = convert(write("a.txt", POLISH));
        Set<String> universities = new TreeSet<>();
        instances(g, SC.Partner.asNode()).forEach(p -> g.getUnionGraph().find(p, RDFS.label.asNode(), Node.ANY)
                .forEachRemaining(t -> {
                    if (t.getObject().getLiteralLexicalForm().startsWith("Uniwersytet")) {
                        universities.add(p.getURI());
                    }
                }));
        assertEquals(1, universities.size(), "one university: " + universities);
    }

    static final String POLISH = """
            Projekt „Zielone Podwórka Krakowa” (ZIPO) realizowany jest w Krakowie.
            Partnerem projektu jest Uniwersytet Nadwiślański. Przedstawiciele Uniwersytetu Nadwiślańskiego \
            przedstawili wyniki badań, a umowę z Uniwersytetem Nadwiślańskim podpisano w marcu.
            Kolejne działania ZIPO obejmą nowe podwórka.
            """;

    static final String ENGLISH = """
            The ZIPO project continues in Kraków: new green courtyards were opened in the city centre.
            """;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static DatasetGraph convert(Path doc) throws Exception {
        DatasetGraph g = DatasetGraphFactory.create();
        Fixtures.converter().convert(doc, StreamRDFLib.dataset(g));
        return g;
    }

    private static Set<String> subjects(DatasetGraph g) {
        Set<String> out = new TreeSet<>();
        g.stream().filter(q -> q.getSubject().isURI()).forEach(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    private static Set<Node> instances(DatasetGraph g, Node type) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        g.getUnionGraph().find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }
}
