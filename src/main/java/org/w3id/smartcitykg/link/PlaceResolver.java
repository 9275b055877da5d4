package org.w3id.smartcitykg.link;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.extract.Mention;

/**
 * Decides which place, if any, a candidate names. A name as written is looked up first; a word
 * after a locative preposition may be inflected, so its stem is matched against names a few
 * letters longer. Bare capitalised words must match exactly and name a town of some size, so that
 * a common noun is not taken for a hamlet.
 */
public final class PlaceResolver {
    /** A bare word names a place only if the place is at least this large. */
    static final long MIN_POPULATION_BARE = 10_000;
    /** An inflected stem names a place only if the place is at least this large. */
    static final long MIN_POPULATION_STEM = 2_000;

    private final Gazetteer gazetteer;
    /** This resolver over Europe's own places only: what a bare name is looked up in. */
    private final PlaceResolver europeOnly;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.europeOnly = new PlaceResolver(new Within(gazetteer, code -> !NEIGHBOURS.contains(code)));
    }

    private PlaceResolver(Within gazetteer) {
        this.gazetteer = gazetteer;
        this.europeOnly = this;
    }

    /** A gazetteer's places in the countries {@code keep} accepts. */
    private record Within(Gazetteer all, java.util.function.Predicate<String> keep) implements Gazetteer {
        @Override
        public List<Place> byName(String name) {
            List<Place> named = all.byName(name);
            List<Place> kept = new java.util.ArrayList<>(named.size());
            for (Place p : named) {
                if (keep.test(p.countryCode())) {
                    kept.add(p);
                }
            }
            return kept;
        }

        @Override
        public List<NameMatch> byNamePrefix(String prefix, int maxExtraChars) {
            return all.byNamePrefix(prefix, maxExtraChars).stream()
                    .filter(m -> keep.test(m.place().countryCode())).toList();
        }

        @Override
        public int size() {
            return all.size();
        }
    }

    /**
     * Europe's neighbours, whose places the gazetteer holds for the news that names them (Turkey,
     * Russia, the Caucasus, the southern and eastern Mediterranean). European news names them
     * rarely, and many of their names are European first names or words ("Anna", "Dana"): one
     * is read as such a place only after a preposition or in the locative, or with its country.
     */
    public static final java.util.Set<String> NEIGHBOURS = java.util.Set.of("TR", "RU", "GE", "AM", "AZ", "IL", "PS", "LB",
            "SY", "JO", "EG", "LY", "TN", "DZ", "MA");

    /** A sentence's first word names a place only if it is a city this large by its own name. */
    static final long MIN_POPULATION_SENTENCE_INITIAL = 50_000;

    /**
     * Resolves with what the text says of the country: one written next to the place decides
     * among places of one name, else the countries of the document's other places are preferred.
     */
    public Optional<Gazetteer.NameMatch> resolve(Mention candidate, boolean afterPreposition,
                                                 java.util.Set<String> documentCountries) {
        if (candidate.attribute(Mention.WEAK_LOCATIVE).orElse("false").equals("true")) {
            return byWeakLocative(candidate.text(), candidate.canonical());
        }
        Optional<String> near = candidate.attribute("countryCode");
        if (near.isPresent()) {
            // "u Beču (Austrija)": the country written next to it is where the place is looked for first.
            Optional<Gazetteer.NameMatch> inCountry = new PlaceResolver(new Within(gazetteer, near.get()::equals))
                    .resolve(candidate, true);
            if (inCountry.isPresent()) {
                return inCountry;
            }
        }
        PlaceResolver within = afterPreposition || near.isPresent() ? this : europeOnly;
        Optional<Gazetteer.NameMatch> any = within.resolve(candidate, afterPreposition || near.isPresent());
        if (any.isEmpty()) {
            return any;
        }
        java.util.Set<String> preferred = near.map(java.util.Set::of).orElse(documentCountries);
        if (preferred.isEmpty() || preferred.contains(any.get().place().countryCode())) {
            return any;
        }
        String name = any.get().name();
        return largest(gazetteer.byName(name).stream().filter(p -> preferred.contains(p.countryCode())).toList())
                .filter(p -> near.isPresent() || p.population() * 10 >= any.get().place().population())
                .map(p -> new Gazetteer.NameMatch(p, name))
                .or(() -> any);
    }

    public Optional<Gazetteer.NameMatch> resolve(Mention candidate, boolean afterPreposition) {
        if (candidate.attribute("sentenceInitial").orElse("false").equals("true")) {
            // "Dublin City Council will …": a large city's own name opening a longer name. A single
            // word opening a sentence ("Reading the plan", "Most přes řeku") is no evidence at all.
            String[] words = candidate.text().split(" ");
            return words.length > 1 ? byMainName(words[0], MIN_POPULATION_SENTENCE_INITIAL) : Optional.empty();
        }
        // The dictionary form first (a morphology's lemma: "Krakowie" -> "Kraków"), then as written.
        for (String name : new String[] {candidate.canonical(), candidate.text()}) {
            Optional<Place> exact = largest(gazetteer.byName(name));
            if (exact.isPresent()) {
                boolean bigEnough = afterPreposition || exact.get().population() >= MIN_POPULATION_BARE;
                return bigEnough ? exact.map(p -> new Gazetteer.NameMatch(p, name)) : Optional.empty();
            }
        }
        // A guess by the language's ending rules comes after the name as written: "la Merei" is Merei, not Mera.
        Optional<Gazetteer.NameMatch> guessed = afterPreposition
                ? candidate.attribute(Mention.GUESSED_NOMINATIVE).flatMap(this::byGuessedName)
                : Optional.empty();
        if (guessed.isPresent()) {
            return guessed;
        }
        Optional<Gazetteer.NameMatch> stem = afterPreposition ? byStem(candidate.text()) : Optional.empty();
        if (stem.isPresent() || candidate.text().indexOf(' ') < 0) {
            return stem;
        }
        // "Alcalá de Henares" is in the gazetteer; "Lecce Smart" is Lecce and a word more.
        String first = candidate.text().substring(0, candidate.text().indexOf(' '));
        if (first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty(); // "HUMAN SMART CITIES" is no place
        }
        // Only a town of some size, by its main name, stands for the whole phrase ("Centrum Kultury"
        // is not Centrum, "Sala Mare" not Salo, whose Swedish name is Sala).
        return byMainName(first, MIN_POPULATION_BARE);
    }

    /**
     * A word whose only locative mark is a one-letter ending ("Tartus", "Peterburis"): a town of
     * some size named by the word without its ending, or without the vowel the ending follows
     * ("Tallinna|s" -> "Tallinn"), or, folded, as written ("Rīgā" is "Riga"); first, its nominative
     * by the language's ending rules, if the extractor found one. No longer names:
     * "Denis" is no "Denia".
     */
    private Optional<Gazetteer.NameMatch> byWeakLocative(String surface, String nominative) {
        String stem = surface.substring(0, surface.length() - 1);
        List<String> names = new java.util.ArrayList<>();
        if (!nominative.equals(surface)) {
            names.add(nominative); // what the language's ending rules make of it ("Daugavpilī" -> "Daugavpils")
        }
        names.add(stem);
        if (stem.length() > 3 && isVowel(stem.charAt(stem.length() - 1))) {
            names.add(stem.substring(0, stem.length() - 1));
        }
        names.add(surface);
        for (String name : names) {
            Optional<Place> place = largest(gazetteer.byName(name).stream()
                    .filter(p -> p.population() >= MIN_POPULATION_BARE)
                    .filter(p -> !name.equals(surface) || !NEIGHBOURS.contains(p.countryCode())).toList());
            if (place.isPresent()) {
                return place.map(p -> new Gazetteer.NameMatch(p, name));
            }
        }
        return Optional.empty();
    }

    /** The shortest guessed name looked up: shorter ones meet codes ("BRN") and abbreviations among the alternate names. */
    private static final int MIN_GUESSED_NAME = 4;

    /** A name the ending rules made: as sure as a stem, so a place of the stem's size. */
    private Optional<Gazetteer.NameMatch> byGuessedName(String name) {
        if (name.length() < MIN_GUESSED_NAME) {
            return Optional.empty();
        }
        return largest(gazetteer.byName(name).stream().filter(p -> p.population() >= MIN_POPULATION_STEM).toList())
                .map(p -> new Gazetteer.NameMatch(p, name));
    }

    private Optional<Gazetteer.NameMatch> byMainName(String name, long minPopulation) {
        return largest(gazetteer.byName(name).stream()
                .filter(p -> p.name().equals(name) || p.asciiName().equals(name)).toList())
                .filter(p -> p.population() >= minPopulation)
                .map(p -> new Gazetteer.NameMatch(p, name));
    }

    /**
     * An inflected form: its stem with one to three letters cut is matched against names up to one
     * letter longer than the cut. The shortest cut that finds a large enough place wins, and the
     * place's largest candidate; its name is the one closest to the form as written.
     */
    private Optional<Gazetteer.NameMatch> byStem(String surface) {
        for (int cut = 1; cut <= 3 && surface.length() - cut >= 3; cut++) {
            String stem = surface.substring(0, surface.length() - cut);
            List<Gazetteer.NameMatch> found = new java.util.ArrayList<>(gazetteer.byNamePrefix(stem, cut + 1));
            // Slavic names may lose a vowel when inflected: Sisak -> u Sisku, Ozorków -> w Ozorkowie.
            withFleetingVowel(stem).ifPresent(full -> found.addAll(gazetteer.byNamePrefix(full, 0)));
            List<Gazetteer.NameMatch> matches = found.stream()
                    .filter(m -> m.place().population() >= MIN_POPULATION_STEM)
                    .filter(m -> m.name().indexOf(' ') < 0 || surface.indexOf(' ') >= 0)
                    .toList();
            Optional<Place> place = matches.stream().map(Gazetteer.NameMatch::place)
                    .max(Comparator.comparingLong(Place::population));
            if (place.isPresent()) {
                return Optional.of(new Gazetteer.NameMatch(place.get(), bestName(place.get(), matches, stem)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every place a name on its own may stand for, largest first: by the name as given, else by
     * its stem (an inflected form such as a locative). For names typed by a person, not read in a
     * text, so no size threshold beyond the stem's.
     */
    public List<Place> candidates(String name) {
        List<Place> exact = gazetteer.byName(name);
        if (!exact.isEmpty()) {
            return exact.stream().sorted(Comparator.comparingLong(Place::population).reversed()).toList();
        }
        // A typed name is no evidence of a place unless most of it matches: "Qwxzyq" is not "Qwx…".
        return byStem(name).filter(match -> sharedPrefix(Folding.fold(match.name()), Folding.fold(name)) >= 4)
                .map(match -> java.util.stream.Stream.concat(java.util.stream.Stream.of(match.place()),
                        gazetteer.byName(match.name()).stream().filter(p -> p != match.place())
                                .sorted(Comparator.comparingLong(Place::population).reversed())).toList())
                .orElse(List.of());
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The identity key of a place's city: the same in every document, so one IRI per city. */
    public static String cityKey(Place place) {
        return "city/" + place.geonameId();
    }

    private static Optional<String> withFleetingVowel(String stem) {
        int n = stem.length();
        if (n < 4 || isVowel(stem.charAt(n - 1)) || isVowel(stem.charAt(n - 2))) {
            return Optional.empty();
        }
        return Optional.of(stem.substring(0, n - 1) + "e" + stem.charAt(n - 1));
    }

    private static boolean isVowel(char c) {
        return "aeiouyáéíóúýěůąęіїаеиоуъюяэыąęó".indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** The place's main name if it fits the stem, else the shortest of its names that did. */
    private static String bestName(Place place, List<Gazetteer.NameMatch> matches, String stem) {
        if (Folding.fold(place.name()).startsWith(Folding.fold(stem))
                || withFleetingVowel(stem).filter(f -> Folding.fold(place.name()).equals(Folding.fold(f))).isPresent()) {
            return place.name();
        }
        return matches.stream().filter(m -> m.place() == place).map(Gazetteer.NameMatch::name)
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .orElse(place.name());
    }

    private static Optional<Place> largest(List<Place> places) {
        Place largest = null;
        for (Place p : places) {
            if (largest == null || p.population() > largest.population()) {
                largest = p;
            }
        }
        return Optional.ofNullable(largest);
    }
}
