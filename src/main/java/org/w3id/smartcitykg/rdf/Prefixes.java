package org.w3id.smartcitykg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.w3id.smartcitykg.vocab.SC;

/** The prefixes written in Turtle and JSON-LD: the data's, and those of the dataset descriptions. */
public final class Prefixes {
    private Prefixes() {}

    /** What the converted data uses. */
    public static PrefixMapping data(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("sc", SC.NS);
        pm.setNsPrefix("id", base);
        pm.setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri);
        pm.setNsPrefix("dct", org.apache.jena.vocabulary.DCTerms.NS);
        pm.setNsPrefix("geo", Vocabularies.GEO);
        pm.setNsPrefix("prov", Vocabularies.PROV);
        for (String unused : new String[] {"dc", "rss", "vcard", "ja", "eg"}) {
            pm.removeNsPrefix(unused);
        }
        return pm;
    }

    /** The data's prefixes and those of VoID, DCAT-AP and the service description. */
    public static PrefixMapping standard(String base) {
        PrefixMapping pm = data(base);
        pm.setNsPrefix("void", org.apache.jena.vocabulary.VOID.NS);
        pm.setNsPrefix("dcat", org.apache.jena.vocabulary.DCAT.NS);
        pm.setNsPrefix("foaf", org.apache.jena.sparql.vocabulary.FOAF.NS);
        pm.setNsPrefix("vcard", org.apache.jena.vocabulary.VCARD4.NS);
        pm.setNsPrefix("spdx", Vocabularies.SPDX);
        pm.setNsPrefix("sd", Vocabularies.SD);
        return pm;
    }
}
