package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;

/** People found by what stands around their names. Each text is written for this test. */
class PersonCuesTest {
    /**
     * A name right after a verb saying someone presented or spoke (an auxiliary or "and" may come
     * between), set off by a preposition or the clause's end.
     */
    @Test
    void aNameAfterAPresentingVerbAndBeforeFromOrTheClausesEndIsAPerson() {
        assertEquals(List.of("Ivan Kovačić"),
                people("hr", "Plan radova predstavio je Ivan Kovačić iz Upravnog odjela za graditeljstvo."));
        assertEquals(List.of("Andreea Matei"),
                people("ro", "A luat cuvântul și Andreea Matei, managera de proiect din partea Primăriei Comunei Domnița."));
        assertEquals(List.of(), people("hr", "Na sastanku je predstavio Akcijski Plan Grada."));
    }

    private static List<String> people(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("people.txt"), text, "0".repeat(64), 0),
                language, true, "people", Optional.empty(), Optional.empty());
        return Fixtures.extractor().extract(doc).mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON).map(Mention::canonical).toList();
    }
}
