package org.w3id.smartcitykg.serve;

import org.w3id.smartcitykg.vocab.SC;

/**
 * Where a browser should go for an IRI: the IRIs this dataset mints (under the base) and the
 * ontology's terms are answered by this server, so they link here; others link to themselves.
 */
final class LocalLinks {
    static final String ID_PATH = "/id/";
    static final String ONTOLOGY_PATH = "/ontology";

    private final String base;

    LocalLinks(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    String href(String iri) {
        if (iri.startsWith(base)) {
            return ID_PATH + iri.substring(base.length());
        }
        if (iri.startsWith(SC.NS)) {
            return ONTOLOGY_PATH + "#" + iri.substring(SC.NS.length());
        }
        return iri;
    }

    /** The IRI without the base or the ontology namespace, for display. */
    String shortName(String iri) {
        if (iri.startsWith(base)) {
            return iri.substring(base.length());
        }
        if (iri.startsWith(SC.NS)) {
            return "sc:" + iri.substring(SC.NS.length());
        }
        return iri;
    }

    /** The IRI a local path {@code /id/...} stands for. */
    String iriOf(String pathAfterId) {
        return base + pathAfterId;
    }
}
