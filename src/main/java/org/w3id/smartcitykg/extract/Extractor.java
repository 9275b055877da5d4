package org.w3id.smartcitykg.extract;

import org.w3id.smartcitykg.ingest.Document;

/** The extract stage: a document's mentions and the relations the text states between them. */
public interface Extractor {
    Extraction extract(Document document);
}
