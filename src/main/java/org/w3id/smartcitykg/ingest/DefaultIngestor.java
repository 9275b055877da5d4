package org.w3id.smartcitykg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a file, identifies its language and describes it: the manifest beside it wins over what
 * the text suggests, because a person wrote it.
 */
public final class DefaultIngestor implements Ingestor {
    private static final int MAX_TITLE = 200;

    private final DocumentReader reader;
    private final LanguageIdentifier identifier;
    private final Predicate<String> deeplySupported;
    private final Manifests manifests = new Manifests();

    public DefaultIngestor(DocumentReader reader, LanguageIdentifier identifier,
                           Predicate<String> deeplySupported) {
        this.reader = reader;
        this.identifier = identifier;
        this.deeplySupported = deeplySupported;
    }

    public static DefaultIngestor standard(Set<String> languagesWithLexicons) {
        return new DefaultIngestor(new TextFileReader(), new OpenNlpLanguageIdentifier(),
                languagesWithLexicons::contains);
    }

    @Override
    public Document ingest(Path file) throws IngestException {
        SourceText source = reader.read(file);
        Optional<Manifest.Entry> entry = manifests.besides(file).entry(file);
        String language = entry.flatMap(Manifest.Entry::language)
                .or(() -> identifier.identify(source.text()).map(LanguageIdentifier.LanguageGuess::tag))
                .orElseThrow(() -> new IngestException(file,
                        "cannot tell which European language the text is written in"));
        String title = entry.flatMap(Manifest.Entry::title).orElseGet(() -> firstLine(source.text()));
        Optional<String> publisher = entry.flatMap(Manifest.Entry::publisher);
        Optional<LocalDate> published = entry.flatMap(Manifest.Entry::published);
        return new Document(source, language, deeplySupported.test(language), title, publisher, published);
    }

    /** The first line that reads as a heading, skipping breadcrumb trails ("> Home > News"). */
    static String firstLine(String text) {
        // Line by line from the start, not split whole: the heading is near the top of a long text.
        for (int from = 0, to; from < text.length(); from = to + 1) {
            to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            String trimmed = text.substring(from, to).strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith(">")) {
                return trimmed.length() <= MAX_TITLE ? trimmed : trimmed.substring(0, MAX_TITLE).strip() + "…";
            }
        }
        return text.strip();
    }
}
