package org.w3id.smartcitykg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's resource {@code corpus/LANG.txt}: named sections of lines. Templates, word lists
 * and two-column tables (nominative and genitive, masculine and feminine) all live there, so a
 * language is added by writing one file.
 */
final class TemplateBook {
    /** Stands for an empty cell, which a blank line could not say. */
    private static final String EMPTY = "-";

    private final String language;
    private final Map<String, List<String>> sections;

    private TemplateBook(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    static TemplateBook load(String language) {
        String resource = "/org/w3id/smartcitykg/corpus/" + language + ".txt";
        try (InputStream in = TemplateBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus templates for the language '" + language + "'");
            }
            return new TemplateBook(language, parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Map<String, List<String>> parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    String language() {
        return language;
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The lines of a section; a missing section is a mistake in the resource, not an empty list. */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("corpus/" + language + ".txt has no section [" + section + "]");
        }
        return lines;
    }

    /** A section read as words separated by spaces, across its lines. */
    List<String> words(String section) {
        return lines(section).stream().flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                .map(w -> w.equals(EMPTY) ? "" : w).toList();
    }

    /** A section read as two tab-separated columns. */
    List<Pair> pairs(String section) {
        return lines(section).stream().map(l -> {
            String[] cells = l.split("\t", -1);
            if (cells.length != 2) {
                throw new IllegalStateException("corpus/" + language + ".txt [" + section + "]: not two columns: " + l);
            }
            return new Pair(cell(cells[0]), cell(cells[1]));
        }).toList();
    }

    private static String cell(String cell) {
        return cell.equals(EMPTY) ? "" : cell;
    }

    /** Two forms of one entry: nominative and genitive, or masculine and feminine. */
    record Pair(String first, String second) {
        String choose(boolean second) {
            return second ? this.second : first;
        }
    }
}
