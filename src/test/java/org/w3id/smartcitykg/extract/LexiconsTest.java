package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;

/** A language without a lexicon of its own is read with a close one's: Norwegian ("no") with Bokmål's. */
class LexiconsTest {
    @Test
    void norwegianIsReadWithTheBokmalLexicon() {
        Lexicons lexicons = Lexicons.fromClasspath();
        assertTrue(lexicons.languages().contains("no"));
        assertTrue(lexicons.forLanguage("no").lookup("org.head", "kommune").isPresent());
        String text = "Stavanger kommune inviterer til sluttkonferansen for prosjektet «Grønne gater» 18. mars 2025.";
        Document doc = new Document(new SourceText(Path.of("no.txt"), text, "0".repeat(64), 0), "no", true, "no",
                Optional.empty(), Optional.empty());
        assertTrue(Fixtures.extractor().extract(doc).mentions().stream()
                .anyMatch(m -> m.type() == MentionType.PARTNER && m.text().equals("Stavanger kommune")));
    }
}
