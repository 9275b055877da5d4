package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.Fact;
import org.w3id.smartcitykg.link.LinkedDocument;

/**
 * Runs every sentence of {@code cases/LANG.tsv} (written per language, see the README there)
 * through extraction and linking. Each language and kind has a floor in {@code floors.tsv}: the
 * share of its cases that must pass. Floors only go up; a change that lowers one is a regression.
 */
class LanguageCasesTest {
    private static final Path CASES = Path.of("src/test/resources/org/w3id/smartcitykg/extract/cases");

    record Case(String language, String kind, String sentence, String written, String expected, String attribute) {}

    @TestFactory
    Stream<DynamicTest> everyLanguageMeetsItsFloors() throws IOException {
        Map<String, Double> floors = floors();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && !p.endsWith("floors.tsv")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".tsv", "");
                tests.add(DynamicTest.dynamicTest(lang, () -> checkLanguage(lang, read(lang, f), floors)));
            }
        }
        return tests.stream();
    }

    /** Every kind of case a language file must hold: each entity class and each relation. */
    private static final List<String> KINDS = List.of("City", "NotCity", "Date", "Partner", "Project",
            "FundingProgramme", "Meeting", "Person", "implementedIn", "hasPartner", "leadPartner", "fundedBy", "heldIn",
            "aboutProject", "participant", "role", "affiliation", "basedIn");

    @org.junit.jupiter.api.Test
    void everyLanguageHasCasesOfEveryKind() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && !p.endsWith("floors.tsv")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".tsv", "");
                java.util.Set<String> kinds = new java.util.HashSet<>();
                read(lang, f).forEach(c -> kinds.add(c.kind()));
                KINDS.stream().filter(k -> !kinds.contains(k)).forEach(k -> missing.add(lang + " " + k));
            }
        }
        assertTrue(missing.isEmpty(), "(language, kind) pairs without cases: " + missing);
    }

    /**
     * No pair passes by having a floor of 0: every language's cases of every kind must have some
     * that pass, and the floors file must say how many.
     */
    @org.junit.jupiter.api.Test
    void everyPairHasAPositiveFloor() throws IOException {
        Map<String, Double> floors = floors();
        List<String> zero = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && !p.endsWith("floors.tsv")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".tsv", "");
                read(lang, f).stream().map(Case::kind).distinct()
                        .filter(k -> floors.getOrDefault(lang + " " + k, 0.0) <= 0)
                        .forEach(k -> zero.add(lang + " " + k));
            }
        }
        assertTrue(zero.isEmpty(), "(language, kind) pairs with no positive floor: " + zero);
    }

    private static void checkLanguage(String lang, List<Case> cases, Map<String, Double> floors) {
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            boolean ok = passes(c);
            int[] counts = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            counts[1]++;
            if (ok) {
                counts[0]++;
            } else {
                failures.add(c.kind() + " '" + c.written() + "' -> '" + c.expected() + "' in: " + c.sentence());
            }
        }
        StringBuilder report = new StringBuilder(lang + ":");
        List<String> below = new ArrayList<>();
        byKind.forEach((kind, n) -> {
            double rate = (double) n[0] / n[1];
            report.append(String.format(Locale.ROOT, " %s %d/%d", kind, n[0], n[1]));
            double floor = floors.getOrDefault(lang + " " + kind, 0.0);
            if (rate + 1e-9 < floor) {
                below.add(String.format(Locale.ROOT, "%s %s: %.2f below the floor %.2f", lang, kind, rate, floor));
            }
        });
        System.out.println(report);
        failures.forEach(f -> System.out.println("  failed " + f));
        assertTrue(below.isEmpty(), String.join("; ", below) + "\n" + String.join("\n", failures));
    }

    static boolean passes(Case c) {
        LocalDate reference = c.kind().equals("Date") && !c.attribute().isEmpty()
                ? LocalDate.parse(c.attribute()) : null;
        Document doc = new Document(new SourceText(Path.of("case.txt"), c.sentence(), "0".repeat(64), 0),
                c.language(), true, "case", Optional.empty(), Optional.ofNullable(reference));
        Extraction extraction = Fixtures.extractor().extract(doc);
        LinkedDocument linked = Fixtures.linker().link(doc, extraction);
        return switch (c.kind()) {
            case "Date" -> extraction.ofType(MentionType.DATE).stream().anyMatch(m -> m.canonical().equals(c.expected()));
            case "NotCity" -> linked.entities().stream().noneMatch(e -> e.type() == MentionType.CITY
                    && e.mentions().stream().anyMatch(m -> m.text().equals(c.written())));
            case "City" -> entity(linked, MentionType.CITY, c.expected())
                    .filter(e -> e.countryCode().orElse("").equals(c.attribute())).isPresent();
            case "Partner" -> entity(linked, MentionType.PARTNER, c.expected()).isPresent();
            case "Project" -> entity(linked, MentionType.PROJECT, c.expected()).isPresent();
            case "FundingProgramme" -> entity(linked, MentionType.PROGRAMME, c.expected()).isPresent();
            case "Person" -> entity(linked, MentionType.PERSON, c.expected()).isPresent();
            case "Meeting" -> linked.entities().stream().filter(e -> e.type() == MentionType.MEETING)
                    .anyMatch(e -> dates(linked, e).equals(c.expected()));
            default -> RELATIONS.contains(c.kind()) && hasFact(linked, c);
        };
    }

    /** Relation kinds: {@code written} is the subject's label (or {@code *}), {@code expected} the object's. */
    private static final java.util.Set<String> RELATIONS = java.util.Set.of("implementedIn", "hasPartner",
            "leadPartner", "fundedBy", "heldIn", "aboutProject", "participant", "role", "affiliation", "basedIn");

    private static boolean hasFact(LinkedDocument linked, Case c) {
        Map<String, Entity> byKey = new TreeMap<>();
        linked.entities().forEach(e -> byKey.put(e.key(), e));
        return linked.facts().stream().filter(f -> f.property().equals(c.kind()))
                .filter(f -> c.written().equals("*") || names(byKey.get(f.subjectKey()), c.written()))
                .anyMatch(f -> f.kind() == Fact.ValueKind.ENTITY
                        ? names(byKey.get(f.objectKey()), c.expected())
                        : c.kind().equals("role") ? sameRole(f.value(), c.expected())
                        : Folding.fold(f.value()).equals(Folding.fold(c.expected())));
    }

    /** The share of words two roles have in common at which the benchmark counts them as one. */
    private static final double ROLE_MATCH = 0.8;

    /**
     * Roles as the benchmark matches them: the same words, or a word-set Dice of at least 0.8, so
     * that a long phrase with one word more or less is still the same role and a bare function
     * word is not the same as the function with its complement.
     */
    static boolean sameRole(String found, String expected) {
        java.util.Set<String> a = roleWords(found);
        java.util.Set<String> b = roleWords(expected);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return a.equals(b) || 2.0 * shared / (a.size() + b.size()) >= ROLE_MATCH;
    }

    private static java.util.Set<String> roleWords(String role) {
        String words = Folding.fold(role).replaceAll("[\"'`„”“«»‚‘’()\\[\\]{}.,:;!?/\\\\|_+*–—-]", " ");
        return new java.util.HashSet<>(java.util.Arrays.asList(words.strip().split("\\s+")));
    }

    private static boolean names(Entity e, String label) {
        String want = dashesAlike(label);
        return e != null && (dashesAlike(e.label()).equals(want)
                || e.altLabels().stream().anyMatch(a -> dashesAlike(a).equals(want)));
    }

    /** A name folded, its dashes one ("2021–2027" and "2021-2027" are the same period, as the benchmark reads them). */
    private static String dashesAlike(String name) {
        return Folding.fold(name).replace('–', '-').replace('—', '-');
    }

    /** The entity of the type labelled as expected; a city, whose label is its GeoNames name, by any of its names. */
    private static Optional<Entity> entity(LinkedDocument linked, MentionType type, String expected) {
        String want = dashesAlike(expected);
        return linked.entities().stream().filter(e -> e.type() == type)
                .filter(e -> type == MentionType.CITY ? names(e, expected) : dashesAlike(e.label()).equals(want))
                .findFirst();
    }

    private static String dates(LinkedDocument linked, Entity meeting) {
        String start = value(linked, meeting, "startDate");
        String end = value(linked, meeting, "endDate");
        return start + "/" + end;
    }

    private static String value(LinkedDocument linked, Entity e, String property) {
        return linked.facts().stream().filter(f -> f.subjectKey().equals(e.key()) && f.property().equals(property)
                && f.kind() == Fact.ValueKind.DATE).map(Fact::value).findFirst().orElse("?");
    }

    private static List<Case> read(String lang, Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length >= 4) {
                cases.add(new Case(lang, c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : ""));
            }
        }
        return cases;
    }

    private static Map<String, Double> floors() throws IOException {
        Map<String, Double> floors = new TreeMap<>();
        Path file = CASES.resolve("floors.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length == 3 && !line.startsWith("#")) {
                    floors.put(c[0] + " " + c[1], Double.parseDouble(c[2]));
                }
            }
        }
        return floors;
    }
}
