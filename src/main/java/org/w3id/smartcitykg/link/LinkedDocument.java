package org.w3id.smartcitykg.link;

import java.util.List;
import org.w3id.smartcitykg.ingest.Document;

/** A document with its entities identified and its facts stated between them. */
public record LinkedDocument(Document document, List<Entity> entities, List<Fact> facts, List<String> warnings) {
    public LinkedDocument {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
