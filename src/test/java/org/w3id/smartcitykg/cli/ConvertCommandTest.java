package org.w3id.smartcitykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.smartcitykg.vocab.SC;

class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void convertsTheSeedsToQuadsWithOneGraphPerDocument() {
        Path out = dir.resolve("seeds.nq");
        CliRun run = CliRun.run("convert", "--format", "nq", "-o", out.toString(), "seeds");
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.NQUADS).parse(ds);
        assertEquals(5, documentGraphs(ds), "one named graph per document, and the converter's graph beside them");
        assertTrue(ds.containsGraph(org.w3id.smartcitykg.rdf.IriScheme.standard().converterGraph()));
        var converter = org.w3id.smartcitykg.rdf.IriScheme.standard().converterGraph();
        for (var graph : org.apache.jena.atlas.iterator.Iter.toList(ds.listGraphNodes())) {
            if (graph.equals(converter)) {
                continue;
            }
            assertTrue(ds.getGraph(graph).contains(null, RDF.type.asNode(), SC.NewsDocument.asNode()),
                    graph + " has no document resource");
        }
        assertTrue(ds.contains(null, null, SC.sha256.asNode(), null));
    }

    @Test
    void writesNTriplesToStandardOutput() {
        CliRun run = CliRun.run("convert", "--format", "nt", "seeds/004_7a3da7cf4df767b2.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("<" + SC.City.getURI() + ">"), run.stdout());
        RDFParser.fromString(run.stdout(), Lang.NTRIPLES).parse(DatasetGraphFactory.create());
    }

    @Test
    void aFolderIsReadWithItsSubfoldersAndADanglingLinkIsNamed() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("2024/05"));
        Files.copy(Path.of("seeds/000_1ee7651fc9f31a37.txt"), docs.resolve("2024/05/a.txt"));
        Path dangling = Files.createSymbolicLink(docs.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        CliRun run = CliRun.run("convert", "--format", "nq", "-o", dir.resolve("out.nq").toString(), docs.toString());
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: " + dangling), run.err());
        assertTrue(Files.readString(dir.resolve("out.nq")).contains("/graph/a>"), "the document in the subfolder");
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhy() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x");
        CliRun run = CliRun.run("convert", "-o", blocked.resolve("out.ttl").toString(), "seeds/000_1ee7651fc9f31a37.txt");
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("cannot write there"), run.err());
    }

    @Test
    void badInputsAreNamedAndTheRestOfTheBatchConverts() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
        Path latin = Files.write(dir.resolve("latin2.txt"),
                "Spotkanie w Łodzi".getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
        Path missing = dir.resolve("missing.txt");
        Path out = dir.resolve("out.nq");
        CliRun run = CliRun.run("convert", "--format", "nq", "-o", out.toString(), empty.toString(),
                binary.toString(), "seeds/000_1ee7651fc9f31a37.txt", latin.toString(), missing.toString());
        assertEquals(ExitCodes.PARTIAL, run.exitCode());
        assertTrue(run.err().contains("error: " + empty + ": the file is empty"), run.err());
        assertTrue(run.err().contains("error: " + binary + ": binary content"), run.err());
        assertTrue(run.err().contains("error: " + latin + ": not valid UTF-8"), run.err());
        assertTrue(run.err().contains("error: " + missing + ": no such file"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace without --verbose: " + run.err());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.NQUADS).parse(ds);
        assertEquals(1, documentGraphs(ds), "the good document converted");
        assertTrue(ds.contains(null, null, RDF.type.asNode(), SC.NewsDocument.asNode()));
    }

    @Test
    void allInputsBadIsAFailure() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.run("convert", "-o", dir.resolve("x.ttl").toString(), empty.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
    }

    @Test
    void unknownLanguageIsAClearError() throws IOException {
        Path chinese = Files.writeString(dir.resolve("zh.txt"), "智慧城市项目会议于二零二二年在市政府举行，各方代表出席了会议并讨论了合作。",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.run("convert", "-o", dir.resolve("x.ttl").toString(), chinese.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains(chinese + ": cannot tell which European language"), run.err());
    }

    @Test
    void aLanguageWithoutALexiconStillYieldsPlacesAndDatesWithAWarning() throws IOException {
        Path catalan = Files.writeString(dir.resolve("ca.txt"), "La reunió es va celebrar a Barcelona el 12 de març "
                + "de 2024 i els representants de l'ajuntament van parlar de ciutats intel·ligents, mobilitat i "
                + "transició energètica amb les entitats del barri.",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.run("convert", "--format", "nt", catalan.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(catalan + ": warning: no lexicon for language 'ca'"), run.err());
        assertTrue(run.stdout().contains("<https://sws.geonames.org/3128760/>"), "Barcelona is still found");
    }

    @Test
    void twoDocumentsThatShareACityGiveItOneIri() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Konferencja o transporcie odbyła się 5 marca 2024 r. w Krakowie.",
                StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "The partners met in Kraków on 7 May 2024 to plan the pilots.",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.run("convert", "--format", "nq", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        long graphsNamingKrakow = run.stdout().lines()
                .filter(l -> l.startsWith("<https://w3id.org/smartcity-kg/id/city/3094802> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"))
                .count();
        assertEquals(2, graphsNamingKrakow, "one city IRI, typed once in each document's graph:\n" + run.stdout());
    }

    @Test
    void sameInputGivesTheSameOutput() {
        CliRun first = CliRun.run("convert", "--format", "nq", "seeds/003_a0fa01b608579701.txt");
        CliRun second = CliRun.run("convert", "--format", "nq", "seeds/003_a0fa01b608579701.txt");
        assertEquals(0, first.exitCode());
        assertEquals(first.stdout(), second.stdout());
    }

    @Test
    void baseIriIsConfigurable() {
        CliRun run = CliRun.run("convert", "--format", "nt", "--base-iri", "http://example.org/kg/",
                "seeds/004_7a3da7cf4df767b2.txt");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.stdout().contains("<http://example.org/kg/city/"), run.stdout());
        assertFalse(run.stdout().contains("<https://w3id.org/smartcity-kg/id/"));
    }

    @Test
    void wrongFormatIsAUsageError() {
        CliRun run = CliRun.run("convert", "--format", "xml", "seeds");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void everyFormatParses() throws IOException {
        for (String format : new String[] {"ttl", "nt", "nq", "trig", "jsonld"}) {
            Path out = dir.resolve("seeds." + format);
            CliRun run = CliRun.run("convert", "--format", format, "-o", out.toString(), "seeds");
            assertEquals(0, run.exitCode(), format + ": " + run.err());
            DatasetGraph ds = DatasetGraphFactory.create();
            RDFParser.source(out).parse(ds);
            assertTrue(ds.stream().anyMatch(q -> q.getObject().equals(SC.Person.asNode())
                    || q.getObject().equals(SC.City.asNode())), format);
        }
        assertTrue(Files.size(dir.resolve("seeds.jsonld")) > 1000);
        assertTrue(NodeFactory.createURI(SC.NS).isURI());
    }

    /** The named graphs other than the converter's, which every conversion writes beside the documents. */
    private static long documentGraphs(org.apache.jena.sparql.core.DatasetGraph ds) {
        var converter = org.w3id.smartcitykg.rdf.IriScheme.standard().converterGraph();
        return org.apache.jena.atlas.iterator.Iter.toList(ds.listGraphNodes()).stream().filter(g -> !g.equals(converter)).count();
    }
}
