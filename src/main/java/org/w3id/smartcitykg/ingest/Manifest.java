package org.w3id.smartcitykg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.csv} beside a batch of documents: what a person knows about each file that the
 * text may not say plainly (columns {@code file,language,title,publisher,published}).
 */
public final class Manifest {
    public static final String FILE_NAME = "manifest.csv";

    public record Entry(String file, Optional<String> language, Optional<String> title,
                        Optional<String> publisher, Optional<LocalDate> published) {}

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public static Manifest read(Path file) throws IngestException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read the manifest (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            return empty();
        }
        List<String> header = Csv.parseLine(lines.get(0));
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Map<String, String> row = zip(header, Csv.parseLine(lines.get(i)));
            String name = row.getOrDefault("file", "");
            if (name.isEmpty()) {
                throw new IngestException(file, "line " + (i + 1) + " has no file name");
            }
            entries.put(name, new Entry(name, nonEmpty(row.get("language")), nonEmpty(row.get("title")),
                    nonEmpty(row.get("publisher")), date(file, i + 1, row.get("published"))));
        }
        return new Manifest(entries);
    }

    public Optional<Entry> entry(Path document) {
        return Optional.ofNullable(entries.get(document.getFileName().toString()));
    }

    private static Map<String, String> zip(List<String> header, List<String> values) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            row.put(header.get(i).trim(), values.get(i).trim());
        }
        return row;
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Optional<LocalDate> date(Path file, int line, String value) throws IngestException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new IngestException(file, "line " + line + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The RFC 4180 subset a manifest needs: commas, double quotes, doubled quotes inside. */
    static final class Csv {
        private Csv() {}

        static List<String> parseLine(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
