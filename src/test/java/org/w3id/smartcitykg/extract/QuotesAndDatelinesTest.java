package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;

/**
 * Quoted names and datelines are searched for only where they can start (an opening quote, a
 * line's start); every way of opening them must still be found.
 */
class QuotesAndDatelinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"„Green Hub”", "“Green Hub”", "\"Green Hub\"", "«Green Hub»", "»Green Hub«",
        "‚Green Hub”", ",,Green Hub“", "‘Green Hub’"})
    void aProjectNameInAnyQuotesAfterItsCueIsFound(String quoted) {
        String text = "The city joined the project " + quoted + " last year.";
        TextContext ctx = Fixtures.extractor().read(document(text, Optional.empty()));
        assertTrue(ctx.mentions.all().stream().anyMatch(m -> m.type() == MentionType.PROJECT
                && m.text().equals("Green Hub")), quoted + ": " + ctx.mentions.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u2028"})
    void aDatelineAfterAnyLineBreakDatesTheDocument(String lineBreak) {
        String text = "City news" + lineBreak + "foto_23.01.2020" + lineBreak + "The council met.";
        assertEquals(Optional.of(LocalDate.of(2020, 1, 23)),
                RuleBasedExtractor.referenceDate(document(text, Optional.empty())));
        assertEquals(Optional.empty(), RuleBasedExtractor.referenceDate(document("Seen on 23.01.2020 here.", Optional.empty())),
                "a date inside a line is not a dateline");
    }

    /** A dateline is tried only where a day can start: after blank lines, spaces and tabs too, and after one word. */
    @ParameterizedTest
    @ValueSource(strings = {"News\n\n  Kraków 5/3/2021  \nText", "News\n\t5.3.2021\t\r\nText", "\n\n\n05.03.2021",
        "News\r\n\r\nfoto-5.03.2021\n"})
    void aDatelineAfterBlankLinesAndSpacesDatesTheDocument(String text) {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), RuleBasedExtractor.referenceDate(document(text, Optional.empty())),
                text);
    }

    private static Document document(String text, Optional<LocalDate> published) {
        return new Document(new SourceText(Path.of("t.txt"), text, "", text.length()), "en", true, "t",
                Optional.empty(), published);
    }
}
