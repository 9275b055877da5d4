package org.w3id.smartcitykg.serve;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.w3id.smartcitykg.vocab.SC;
import org.w3id.smartcitykg.rdf.Vocabularies;
import org.w3id.smartcitykg.store.Dumps;

/**
 * The dataset described for harvesters: VoID (counts, partitions, linksets, where to query and
 * download) and DCAT-AP 3.0 (the catalogue, the dataset, each dump as a distribution with its size
 * and checksum, the SPARQL endpoint as a data service). Absolute URLs are this server's, as the
 * request reached it; the dataset's own IRIs live under the base and are answered at /id/.
 */
final class DatasetMetadata {
    static final String DATASET = "dataset";
    static final String CATALOG = "catalog";
    private static final String LICENCE = Vocabularies.EU_AUTHORITY + "licence/CC_BY_4_0";
    private static final String CC_BY = "http://creativecommons.org/licenses/by/4.0/";
    private static final Map<String, String> TITLE = Map.of(
            "en", "Smart-city projects in European news",
            "pl", "Projekty smart city w wiadomościach europejskich",
            "ro", "Proiecte smart city în știrile europene",
            "bg", "Проекти за умни градове в европейските новини",
            "de", "Smart-City-Projekte in europäischen Nachrichten",
            "fr", "Projets de villes intelligentes dans l'actualité européenne");
    private static final Map<String, String> DESCRIPTION = Map.of(
            "en", "Cities, projects, partner organisations, funding programmes, meetings and people read from municipal "
                    + "and EU-project news in European languages, each fact with the quoted text that supports it.",
            "pl", "Miasta, projekty, organizacje partnerskie, programy finansowania, spotkania i osoby odczytane z "
                    + "wiadomości samorządowych i projektów UE, każdy fakt z cytatem, który go potwierdza.",
            "ro", "Orașe, proiecte, organizații partenere, programe de finanțare, întâlniri și persoane extrase din "
                    + "știrile municipale și ale proiectelor UE, fiecare fapt cu textul care îl susține.",
            "bg", "Градове, проекти, партньорски организации, програми за финансиране, срещи и хора от общински "
                    + "новини и новини за проекти на ЕС, всеки факт с цитирания текст, който го подкрепя.");

    /** EU data themes (the authority table's codes) and their English names. */
    private static final Map<String, String> THEMES = Map.of(
            "REGI", "Regions and cities", "TECH", "Science and technology", "GOVE", "Government and public sector");

    private final String base;
    private final DatasetStatistics stats;
    private final List<Dumps.Dump> dumps;
    private final Instant modified;

    DatasetMetadata(String base, DatasetStatistics stats, List<Dumps.Dump> dumps, Instant modified) {
        this.base = base;
        this.stats = stats;
        this.dumps = dumps;
        this.modified = modified;
    }

    String datasetIri() {
        return base + DATASET;
    }

    String catalogIri() {
        return base + CATALOG;
    }

    /** VoID and DCAT-AP together, for a server reached at {@code origin} ({@code http://host:port}). */
    Model describe(String origin) {
        return voidOf(origin).add(dcatOf(origin));
    }

    /** The VoID description alone, pointing to the DCAT-AP record. */
    Model voidOf(String origin) {
        Model m = model();
        Resource dataset = m.createResource(datasetIri());
        voidDescription(m, dataset, origin);
        TITLE.forEach((lang, t) -> dataset.addProperty(DCTerms.title, t, lang));
        DESCRIPTION.forEach((lang, t) -> dataset.addProperty(DCTerms.description, t, lang));
        dataset.addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.license, m.createResource(CC_BY))
                .addProperty(DCTerms.publisher, m.createResource(base + "agent/publisher")
                        .addProperty(FOAF.name, "smartcity-kg project", "en"))
                .addProperty(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.source, m.createResource("https://www.geonames.org/"))
                .addProperty(RDFS.seeAlso, m.createResource(origin + MetadataServlet.DCAT_PATH));
        return m;
    }

    /** The DCAT-AP 3.0 record alone. */
    Model dcatOf(String origin) {
        Model m = model();
        dcat(m, m.createResource(datasetIri()), origin);
        return m;
    }

    private Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(org.w3id.smartcitykg.rdf.Prefixes.standard(base));
        return m;
    }

    private void voidDescription(Model m, Resource dataset, String origin) {
        dataset.addProperty(RDF.type, VOID.Dataset)
                .addProperty(VOID.sparqlEndpoint, m.createResource(origin + "/smartcity/sparql"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.uriLookupEndpoint, m.createResource(origin + LocalLinks.ID_PATH))
                .addProperty(VOID.vocabulary, m.createResource(SC.NS))
                .addProperty(VOID.vocabulary, m.createResource(SKOS.getURI()))
                .addProperty(VOID.vocabulary, m.createResource(Vocabularies.PROV))
                .addProperty(VOID.vocabulary, m.createResource(Vocabularies.GEO))
                .addProperty(VOID.vocabulary, m.createResource(DCTerms.NS))
                .addProperty(VOID.feature, m.createResource(Vocabularies.FORMATS + "Turtle"))
                .addProperty(VOID.feature, m.createResource(Vocabularies.FORMATS + "N-Quads"))
                .addLiteral(VOID.triples, typedCount(m, stats.triples()))
                .addLiteral(VOID.entities, typedCount(m, stats.entities()))
                .addLiteral(VOID.classes, typedCount(m, stats.classPartitions().size()))
                .addLiteral(VOID.properties, typedCount(m, stats.propertyPartitions().size()))
                .addLiteral(VOID.distinctSubjects, typedCount(m, stats.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, typedCount(m, stats.distinctObjects()))
                .addLiteral(VOID.documents, typedCount(m, stats.documents()))
                .addProperty(FOAF.homepage, m.createResource(origin + "/"));
        dumps.forEach(d -> dataset.addProperty(VOID.dataDump, m.createResource(origin + "/dumps/" + d.fileName())));
        stats.examples().forEach(e -> dataset.addProperty(VOID.exampleResource, m.createResource(e.getURI())));
        stats.classPartitions().forEach((c, n) -> dataset.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(c.getURI())).addLiteral(VOID.entities, typedCount(m, n))));
        stats.propertyPartitions().forEach((p, n) -> dataset.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, m.createResource(p.getURI())).addLiteral(VOID.triples, typedCount(m, n))));
        linkset(m, dataset, "geonames", "http://sws.geonames.org/", OWL.sameAs.getURI(), "Cities to GeoNames");
        linkset(m, dataset, "countries", Vocabularies.EU_AUTHORITY + "country", SC.country.getURI(),
                "Places and organisations to the EU country authority table");
        linkset(m, dataset, "programmes", Vocabularies.EU_AUTHORITY + "eu-programme", SKOS.exactMatch.getURI(),
                "Funding programmes to the EU programme authority table");
    }

    private void linkset(Model m, Resource dataset, String key, String target, String predicate, String title) {
        Resource linkset = m.createResource(datasetIri() + "/links/" + key)
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(DCTerms.title, title, "en")
                .addProperty(VOID.subjectsTarget, dataset)
                .addProperty(VOID.objectsTarget, m.createResource(target))
                .addProperty(VOID.target, dataset)
                .addProperty(VOID.target, m.createResource(target))
                .addProperty(VOID.linkPredicate, m.createResource(predicate))
                .addLiteral(VOID.triples, typedCount(m, stats.linksets().getOrDefault(key, 0L)));
        dataset.addProperty(VOID.subset, linkset);
    }

    private void dcat(Model m, Resource dataset, String origin) {
        Resource publisher = m.createResource(base + "agent/publisher").addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization).addProperty(FOAF.name, "smartcity-kg project", "en")
                .addProperty(FOAF.homepage, m.createResource(origin + "/"));
        Resource licence = m.createResource(LICENCE).addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(OWL.sameAs, m.createResource(CC_BY));
        Resource contact = m.createResource(base + "agent/publisher/contact").addProperty(RDF.type, VCARD4.Organization)
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(VCARD4.fn, "smartcity-kg developers")
                .addProperty(VCARD4.hasURL, m.createResource(origin + "/"));
        Resource home = m.createResource(origin + "/").addProperty(RDF.type, FOAF.Document);
        Literal modifiedLiteral = m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdateTime);

        dataset.addProperty(RDF.type, DCAT.Dataset);
        TITLE.forEach((lang, t) -> dataset.addProperty(DCTerms.title, t, lang));
        DESCRIPTION.forEach((lang, t) -> dataset.addProperty(DCTerms.description, t, lang));
        dataset.addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.identifier, datasetIri())
                .addProperty(DCTerms.modified, modifiedLiteral)
                .addProperty(DCTerms.issued, modifiedLiteral)
                .addProperty(DCAT.landingPage, home)
                .addProperty(DCTerms.conformsTo, m.createResource(SC.ONTOLOGY_IRI).addProperty(RDF.type, DCTerms.Standard));
        for (String keyword : List.of("smart city", "EU projects", "municipalities", "knowledge graph", "linked open data")) {
            dataset.addProperty(DCAT.keyword, keyword, "en");
        }
        THEMES.forEach((theme, label) -> dataset.addProperty(DCAT.theme,
                m.createResource(Vocabularies.EU_AUTHORITY + "data-theme/" + theme)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, label, "en")
                        .addProperty(SKOS.inScheme, m.createResource(Vocabularies.EU_AUTHORITY + "data-theme"))));
        stats.countries().forEach(c -> dataset.addProperty(DCTerms.spatial, location(m, c)));
        stats.languages().forEach(l -> dataset.addProperty(DCTerms.language, m.createResource(l.getURI())
                .addProperty(RDF.type, DCTerms.LinguisticSystem)));
        if (stats.firstDate().isPresent()) {
            dataset.addProperty(DCTerms.temporal, m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addProperty(DCAT.startDate, m.createTypedLiteral(stats.firstDate().get(), XSDDatatype.XSDdate))
                    .addProperty(DCAT.endDate, m.createTypedLiteral(stats.lastDate().get(), XSDDatatype.XSDdate)));
        }
        Resource service = dataService(m, dataset, origin, licence, publisher);
        for (Dumps.Dump d : dumps) {
            dataset.addProperty(DCAT.distribution, distribution(m, d, origin, licence));
        }
        dataset.addProperty(DCAT.distribution, m.createResource(datasetIri() + "/distribution/sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL endpoint", "en")
                .addProperty(DCTerms.description, "Query the dataset with SPARQL 1.1", "en")
                .addProperty(DCAT.accessURL, url(m, origin + "/smartcity/sparql"))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, licence));

        Resource catalog = m.createResource(catalogIri()).addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "smartcity-kg catalogue", "en")
                .addProperty(DCTerms.title, "Katalog smartcity-kg", "pl")
                .addProperty(DCTerms.description, "The datasets and data services of this smartcity-kg server.", "en")
                .addProperty(DCTerms.description, "Zbiory danych i usługi danych tego serwera smartcity-kg.", "pl")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, modifiedLiteral)
                .addProperty(DCTerms.issued, modifiedLiteral)
                .addProperty(FOAF.homepage, home)
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service)
                .addProperty(DCAT.themeTaxonomy, m.createResource(Vocabularies.EU_AUTHORITY + "data-theme")
                        .addProperty(RDF.type, SKOS.ConceptScheme)
                        .addProperty(DCTerms.title, "Data theme", "en"));
        m.createResource(Vocabularies.EU_LANGUAGE_ENG_IRI).addProperty(RDF.type, DCTerms.LinguisticSystem);
        catalog.addProperty(DCTerms.language, m.createResource(Vocabularies.EU_LANGUAGE_ENG_IRI));
        stats.countries().forEach(c -> catalog.addProperty(DCTerms.spatial, location(m, c)));
    }

    private Resource dataService(Model m, Resource dataset, String origin, Resource licence, Resource publisher) {
        return m.createResource(datasetIri() + "/service/sparql").addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL 1.1 query service", "en")
                .addProperty(DCTerms.description, "Read-only SPARQL 1.1 query endpoint over the whole dataset "
                        + "(the union of all document graphs as the default graph).", "en")
                .addProperty(DCAT.endpointURL, url(m, origin + "/smartcity/sparql"))
                .addProperty(DCAT.endpointDescription, url(m, origin + "/smartcity/sparql"))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")
                        .addProperty(RDF.type, DCTerms.Standard))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher);
    }

    private Resource distribution(Model m, Dumps.Dump d, String origin, Resource licence) {
        boolean quads = d.mediaType().equals("application/n-quads");
        Resource url = url(m, origin + "/dumps/" + d.fileName());
        Resource dist = m.createResource(datasetIri() + "/distribution/" + d.fileName())
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, d.fileName(), "en")
                .addProperty(DCTerms.description, d.description(), "en")
                .addProperty(DCAT.accessURL, url)
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCAT.mediaType, m.createResource(Vocabularies.IANA_MEDIA_TYPES + d.mediaType())
                        .addProperty(RDF.type, DCTerms.MediaType))
                .addProperty(DCAT.compressFormat, m.createResource(Vocabularies.IANA_MEDIA_TYPES + "application/gzip")
                        .addProperty(RDF.type, DCTerms.MediaType))
                .addProperty(DCTerms.format, m.createResource(Vocabularies.EU_AUTHORITY + "file-type/"
                        + (quads ? "RDF_N_QUADS" : "RDF_TURTLE")).addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, m.createTypedLiteral(d.modified().toString(), XSDDatatype.XSDdateTime))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(d.byteSize()), XSDDatatype.XSDnonNegativeInteger));
        if (!d.sha256().isEmpty()) {
            dist.addProperty(m.createProperty(Vocabularies.SPDX_CHECKSUM.getURI()), m.createResource()
                    .addProperty(RDF.type, m.createResource(Vocabularies.SPDX_CHECKSUM_CLASS.getURI()))
                    .addProperty(m.createProperty(Vocabularies.SPDX_ALGORITHM.getURI()),
                            m.createResource(Vocabularies.SPDX_SHA256.getURI())
                                    .addProperty(RDF.type, m.createResource(Vocabularies.SPDX + "ChecksumAlgorithm")))
                    .addProperty(m.createProperty(Vocabularies.SPDX_CHECKSUM_VALUE.getURI()),
                            m.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary)));
        }
        return dist;
    }

    /** A web address, stated as a resource as DCAT-AP's shapes ask. */
    private static Resource url(Model m, String address) {
        return m.createResource(address).addProperty(RDF.type, RDFS.Resource);
    }

    private static Resource location(Model m, Node country) {
        return m.createResource(country.getURI()).addProperty(RDF.type, DCTerms.Location);
    }

    private static Literal typedCount(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Labels for the home page's links: what each described thing is called. */
    static String label(Model m, Resource r) {
        var s = m.listStatements(r, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null);
        return s.hasNext() ? s.next().getString() : r.getURI();
    }
}
