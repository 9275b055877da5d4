package org.w3id.smartcitykg.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.w3id.smartcitykg.ingest.Manifest;

/**
 * Writes generated documents into a folder, one UTF-8 file each, with the {@code manifest.csv}
 * the converter reads beside them. Documents stream through: only the statistics stay.
 */
public final class CorpusWriter {
    private static final String HEADER = "file,language,title,publisher,published";

    private CorpusWriter() {}

    public static CorpusStatistics write(CorpusGenerator generator, int size, Path folder) throws IOException {
        Files.createDirectories(folder);
        CorpusStatistics statistics = new CorpusStatistics();
        try (BufferedWriter manifest = Files.newBufferedWriter(folder.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
            manifest.write(HEADER);
            manifest.write('\n');
            Iterator<GeneratedDocument> documents = generator.documents(size).iterator();
            while (documents.hasNext()) {
                GeneratedDocument d = documents.next();
                Files.writeString(folder.resolve(d.fileName()), d.text(), StandardCharsets.UTF_8);
                manifest.write(manifestRow(d));
                manifest.write('\n');
                statistics.add(d);
            }
        }
        return statistics;
    }

    static String manifestRow(GeneratedDocument d) {
        return String.join(",", d.fileName(), d.language(), quoted(d.title()), quoted(d.publisher()),
                d.published().toString());
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
