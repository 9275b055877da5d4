package org.w3id.smartcitykg.link;

import org.w3id.smartcitykg.extract.Extraction;
import org.w3id.smartcitykg.ingest.Document;

/** The link stage: mentions become entities with stable identities, relations become facts. */
public interface Linker {
    LinkedDocument link(Document document, Extraction extraction);
}
