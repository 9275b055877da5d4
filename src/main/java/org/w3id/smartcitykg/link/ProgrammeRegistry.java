package org.w3id.smartcitykg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.smartcitykg.extract.CharClasses;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.extract.HashBits;
import org.w3id.smartcitykg.vocab.SC;

/**
 * The registry of EU and national funding programmes ({@code programmes.ttl}): their names in
 * many languages, acronyms, countries and periods, and a scanner that finds them in a text.
 */
public final class ProgrammeRegistry {
    public static final String RESOURCE = "/org/w3id/smartcitykg/link/programmes.ttl";
    public static final String NAMESPACE = "https://w3id.org/smartcity-kg/id/programme/";
    /**
     * Words of a name; hyphens and dashes separate them ("V-A", "Grecia–Bulgaria", "2014-2020"):
     * what {@link #wordSpans} finds, read by hand because it runs over every document twice.
     */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final Pattern PERIOD_TOKEN = Pattern.compile("(?:19|20)\\d{2}");
    /** What may stand between the two years of a period: "2014-2020", "2014.–2020.". */
    private static final Pattern PERIOD_GLUE = Pattern.compile("[\\s.\\-–—]*");
    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]");

    /** One registered programme. {@code key} is its local name under {@code programme/}. */
    public record Programme(String key, List<String> types, Map<String, String> prefLabels, Set<String> altLabels,
                            Set<String> acronyms, Set<String> countryCodes, Optional<String> period,
                            List<String> exactMatches) {
        public String label(String language) {
            return prefLabels.getOrDefault(language, prefLabels.getOrDefault("en",
                    prefLabels.values().stream().findFirst().orElse(key)));
        }

        /**
         * A programme is its key: the registry holds one per key. Sets and maps of programmes
         * hash the key, not every label, on each lookup.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Programme p && key.equals(p.key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** A registered name found in a text. */
    public record Found(int begin, int end, String text, List<Programme> candidates) {}

    private record Name(List<String> tokens, String written, boolean acronym, Programme programme) {}

    private final Map<String, Programme> byKey;
    /** One-word names by their word. */
    private final Map<String, List<Name>> byOnlyToken = new HashMap<>();
    /** Longer names by their first two words: a first word alone ("programme", "fund") starts hundreds. */
    private final Map<String, List<Name>> byFirstTwoTokens = new HashMap<>();
    private final Map<String, List<Programme>> byFoldedName = new HashMap<>();
    /**
     * Names of {@link #MIN_STEMMED_WORDS} words or more by the stems of that many first words,
     * with their words' stems: two stems ("prog oper") lead to hundreds of names in many
     * languages, each compared at each word of the text where the two stand.
     */
    private final Map<String, List<Name>> byLeadingStems = new HashMap<>();
    private final Map<String, List<Programme>> byStemmedName = new HashMap<>();
    /** Names of two words by their first word, for {@link #inflectedTwoWordName}. */
    private final Map<String, List<Name>> byFirstOfTwoWords = new HashMap<>();
    /**
     * The first words of the names of two words or more: most words of a text start none, and
     * are passed over without building the two-word key.
     */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /**
     * What each word that starts a name starts: {@link #byOnlyToken}, {@link #firstWords} and
     * {@link #byFirstOfTwoWords} in one entry, so that a text's word is looked up once, not three
     * times, in tables too large for the processor's caches.
     */
    private final Map<String, Starts> startsByWord = new HashMap<>();

    /**
     * The hashes of the stems of the words in {@link #startsByWord}: a text word whose stem's
     * hash is not here starts no name, and is passed over without a look into that large table,
     * which the processor's caches do not hold. Nine words in ten of a text are so.
     */
    private final HashBits startingStems = new HashBits(FILTER_BITS);
    /**
     * The mixed hashes of the {@link #MIN_STEMMED_WORDS} leading stems of each name in {@link
     * #byLeadingStems}: where a text's three stems mix to a hash not here, no inflected name
     * starts, and the key is neither built nor looked up. Their first stem alone lets many places
     * through ("prog", "euro", "regi" start hundreds of names).
     */
    private final HashBits leadingStemHashes = new HashBits(FILTER_BITS);
    private static final int FILTER_BITS = 1 << 16;

    private static int leadingStemsHash(List<String> stems, int i) {
        int[] hashes = new int[MIN_STEMMED_WORDS];
        for (int k = 0; k < MIN_STEMMED_WORDS; k++) {
            hashes[k] = stems.get(i + k).hashCode();
        }
        return leadingStemsHash(hashes, 0);
    }

    private static int leadingStemsHash(int[] stemHashes, int i) {
        int h = 0;
        for (int k = i; k < i + MIN_STEMMED_WORDS; k++) {
            h = h * 0x9E3779B9 + stemHashes[k];
        }
        return h;
    }

    private record Starts(List<Name> onlyWord, boolean firstOfLonger, List<Name> firstOfTwo) {
        static final Starts NOTHING = new Starts(List.of(), false, List.of());
    }

    /** Each word of a full name, with the programmes whose names hold it. */
    private final Map<String, Set<Programme>> byWord = new HashMap<>();
    /** Each country code, folded, with the programmes that cover that country. */
    private final Map<String, Set<Programme>> byCountry = new HashMap<>();

    private ProgrammeRegistry(Map<String, Programme> byKey) {
        this.byKey = byKey;
        for (Programme p : byKey.values()) {
            p.countryCodes().forEach(c -> byCountry.computeIfAbsent(Folding.fold(c), k -> new LinkedHashSet<>()).add(p));
            Set<String> names = new LinkedHashSet<>(p.prefLabels().values());
            names.addAll(p.altLabels());
            for (String n : names) {
                index(n, false, p);
            }
            for (String a : p.acronyms()) {
                index(a, true, p);
            }
        }
        java.util.Set<String> starting = new java.util.HashSet<>(byOnlyToken.keySet());
        starting.addAll(firstWords);
        starting.addAll(byFirstOfTwoWords.keySet());
        for (String w : starting) {
            startsByWord.put(w, new Starts(byOnlyToken.getOrDefault(w, List.of()), firstWords.contains(w),
                    byFirstOfTwoWords.getOrDefault(w, List.of())));
            startingStems.add(stemOf(w).hashCode());
        }
    }

    private void index(String name, boolean acronym, Programme p) {
        List<String> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return;
        }
        // "Interreg Central Europe 2021-2027" is also written without its period.
        int n = tokens.size();
        if (!acronym && n >= 4 && PERIOD_TOKEN.matcher(tokens.get(n - 1)).matches()
                && PERIOD_TOKEN.matcher(tokens.get(n - 2)).matches()) {
            indexTokens(tokens.subList(0, n - 2), name, false, p);
        }
        indexTokens(tokens, name, acronym, p);
    }

    private void indexTokens(List<String> tokens, String name, boolean acronym, Programme p) {
        if (!acronym) {
            tokens.forEach(t -> byWord.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(p));
        }
        Map<String, List<Name>> index = tokens.size() == 1 ? byOnlyToken : byFirstTwoTokens;
        if (tokens.size() > 1) {
            firstWords.add(tokens.get(0));
        }
        index.computeIfAbsent(lead(tokens, 0), k -> new ArrayList<>()).add(new Name(tokens, name, acronym, p));
        List<Programme> same = byFoldedName.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>());
        if (!same.contains(p)) {
            same.add(p);
        }
        if (!acronym && tokens.size() == 2 && !Character.isDigit(tokens.get(1).charAt(0))) {
            byFirstOfTwoWords.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Name(tokens, name, false, p));
        }
        if (!acronym && tokens.size() >= MIN_STEMMED_WORDS) {
            List<String> stems = stems(tokens);
            byLeadingStems.computeIfAbsent(leadingStems(stems, 0), k -> new ArrayList<>())
                    .add(new Name(stems, name, false, p));
            leadingStemHashes.add(leadingStemsHash(stems, 0));
            List<Programme> sameStems = byStemmedName.computeIfAbsent(String.join(" ", stems), k -> new ArrayList<>());
            if (!sameStems.contains(p)) {
                sameStems.add(p);
            }
        }
    }

    /**
     * Whether no registered name, written as registered, starts among tokens {@code from..to}: a
     * stem-wise match over one ("programma Interreg Europe") is a cue word and that name, not an
     * inflected third.
     */
    private boolean noNameWrittenWithin(List<String> folded, Starts[] starts, int from, int to) {
        for (int k = from; k < to; k++) {
            for (Name n : candidateNames(folded, starts, k)) {
                int len = n.tokens().size();
                if (writtenAt(folded, k, n.tokens())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A name of this many words or more is also found inflected, word by word by its stem:
     * "Europskog fonda za regionalni razvoj" is the "Europski fond za regionalni razvoj". Shorter
     * names are too easily met by chance.
     */
    private static final int MIN_STEMMED_WORDS = 3;
    /** A word's stem: its first letters, which its case endings leave alone. */
    private static final int STEM_LETTERS = 4;

    /**
     * The programme's name (in {@code language} first, then its other names) of which {@code
     * written} is an inflected form: the same words, stem by stem.
     */
    public static Optional<String> nameInflectedAs(Programme p, String language, String written) {
        List<String> writtenTokens = tokens(written);
        List<String> want = stems(writtenTokens);
        List<String> names = new ArrayList<>();
        Optional.ofNullable(p.prefLabels().get(language)).ifPresent(names::add);
        names.addAll(p.altLabels());
        names.addAll(p.prefLabels().values());
        if (want.size() == 2) {
            return names.stream().filter(name -> {
                List<String> registered = tokens(name);
                return registered.size() == 2 && registered.get(0).equals(writtenTokens.get(0))
                        && inflectedAs(writtenTokens.get(1), registered.get(1));
            }).findFirst();
        }
        if (want.size() < MIN_STEMMED_WORDS) {
            return Optional.empty();
        }
        for (String name : names) {
            if (stems(tokens(name)).equals(want)) {
                return Optional.of(name);
            }
            // The text may leave out the period that the registered name ends with.
            List<int[]> spans = wordSpans(name);
            int n = spans.size();
            if (n >= MIN_STEMMED_WORDS + 2 && PERIOD_TOKEN.matcher(name.substring(spans.get(n - 1)[0], spans.get(n - 1)[1])).matches()
                    && PERIOD_TOKEN.matcher(name.substring(spans.get(n - 2)[0], spans.get(n - 2)[1])).matches()) {
                String withoutPeriod = name.substring(0, spans.get(n - 3)[1]);
                if (stems(tokens(withoutPeriod)).equals(want)) {
                    return Optional.of(withoutPeriod);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> stems(List<String> tokens) {
        List<String> stems = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            stems.add(stemOf(t));
        }
        return stems;
    }

    /** {@code stemOf(fold(word)).hashCode()} of the text's word in {@code span}, without folding it where its chars fold alone. */
    private static int stemHash(String text, int[] span) {
        // A folded word starts with a digit where the word does: folding keeps digits and makes no letter one.
        return Folding.foldedPrefixHash(text, span[0], span[1],
                Character.isDigit(text.charAt(span[0])) ? Integer.MAX_VALUE : STEM_LETTERS);
    }

    /**
     * A text's words, each folded when first asked for, and their stems: most words start no
     * name, their stems' hashes say so, and they are never folded.
     */
    private static final class FoldedWords extends java.util.AbstractList<String> {
        private final String text;
        private final List<int[]> spans;
        private final String[] folded;
        private final String[] stems;

        FoldedWords(String text, List<int[]> spans) {
            this.text = text;
            this.spans = spans;
            this.folded = new String[spans.size()];
            this.stems = new String[spans.size()];
        }

        @Override
        public String get(int k) {
            if (folded[k] == null) {
                folded[k] = Folding.fold(text.substring(spans.get(k)[0], spans.get(k)[1]));
            }
            return folded[k];
        }

        @Override
        public int size() {
            return folded.length;
        }

        List<String> stems() {
            return new java.util.AbstractList<>() {
                @Override
                public String get(int k) {
                    if (stems[k] == null) {
                        stems[k] = stemOf(FoldedWords.this.get(k));
                    }
                    return stems[k];
                }

                @Override
                public int size() {
                    return stems.length;
                }
            };
        }
    }

    private static String stemOf(String token) {
        return token.length() <= STEM_LETTERS || Character.isDigit(token.charAt(0)) ? token
                : token.substring(0, STEM_LETTERS);
    }

    /** The registry compiled at build time if there is one, else parsed from its Turtle (slower). */
    public static ProgrammeRegistry load() {
        try (InputStream in = ProgrammeRegistry.class.getResourceAsStream(ProgrammeRegistryFile.RESOURCE)) {
            if (in != null) {
                Map<String, Programme> programmes = new LinkedHashMap<>();
                ProgrammeRegistryFile.read(in).forEach(p -> programmes.put(p.key(), p));
                return new ProgrammeRegistry(programmes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled programme registry", e);
        }
        return fromTurtle();
    }

    static ProgrammeRegistry fromTurtle() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ProgrammeRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the programme registry " + RESOURCE + " is not on the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromGraph(graph);
    }

    static ProgrammeRegistry fromGraph(Graph graph) {
        Map<String, Programme> programmes = new LinkedHashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), SC.FundingProgramme.asNode()).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(NAMESPACE)) {
                programmes.put(s.getURI().substring(NAMESPACE.length()), read(graph, s));
            }
        });
        return new ProgrammeRegistry(programmes);
    }

    private static Programme read(Graph g, Node s) {
        List<String> types = new ArrayList<>();
        Map<String, String> pref = new LinkedHashMap<>();
        Set<String> alt = new LinkedHashSet<>();
        Set<String> acronyms = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        List<String> exact = new ArrayList<>();
        String period = null;
        for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(RDF.type.getURI()) && o.isURI() && o.getURI().startsWith(SC.NS)) {
                types.add(o.getURI().substring(SC.NS.length()));
            } else if (p.equals(SKOS.prefLabel.getURI())) {
                pref.put(o.getLiteralLanguage(), o.getLiteralLexicalForm());
            } else if (p.equals(SKOS.altLabel.getURI())) {
                alt.add(o.getLiteralLexicalForm());
            } else if (p.equals(SC.acronym.getURI())) {
                acronyms.add(o.getLiteralLexicalForm());
            } else if (p.equals(SC.countryCode.getURI())) {
                countries.add(o.getLiteralLexicalForm());
            } else if (p.equals(SC.programmePeriod.getURI())) {
                period = o.getLiteralLexicalForm();
            } else if (p.equals(SKOS.exactMatch.getURI()) && o.isURI()) {
                exact.add(o.getURI());
            }
        }
        return new Programme(s.getURI().substring(NAMESPACE.length()), types, pref, alt, acronyms, countries,
                Optional.ofNullable(period), exact);
    }

    public int size() {
        return byKey.size();
    }

    /** Every registered programme, in the registry's order. */
    public Collection<Programme> programmes() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    public Optional<Programme> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Programmes one of whose names is {@code name}, case and diacritics folded. */
    public List<Programme> byName(String name) {
        return byFoldedName.getOrDefault(String.join(" ", tokens(name)), List.of());
    }

    /**
     * Registered names in {@code text}, longest first and not overlapping. Acronyms match in
     * their exact case ("LIFE", not "life"); one-word names only when written with a capital.
     */
    public List<Found> scan(String text) {
        List<int[]> spans = wordSpans(text);
        FoldedWords folded = new FoldedWords(text, spans);
        List<String> stems = folded.stems();
        int[] stemHashes = new int[spans.size()];
        Starts[] starts = new Starts[spans.size()];
        for (int k = 0; k < starts.length; k++) {
            stemHashes[k] = stemHash(text, spans.get(k));
            starts[k] = startingStems.mayHold(stemHashes[k])
                    ? startsByWord.getOrDefault(folded.get(k), Starts.NOTHING) : Starts.NOTHING;
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            Found best = null;
            int bestLength = 0;
            // An inflected name first: one written as registered is as long and replaces it below.
            if (i + MIN_STEMMED_WORDS <= stems.size() && leadingStemHashes.mayHold(leadingStemsHash(stemHashes, i))) {
                for (Name n : byLeadingStems.getOrDefault(leadingStems(stems, i), List.of())) {
                    int len = n.tokens().size();
                    if (len > bestLength && writtenAt(stems, i, n.tokens())
                            && noNameWrittenWithin(folded, starts, i + 1, i + len)) {
                        bestLength = len;
                        best = new Found(spans.get(i)[0], spans.get(i + len - 1)[1],
                                text.substring(spans.get(i)[0], spans.get(i + len - 1)[1]),
                                byStemmedName.get(String.join(" ", n.tokens())));
                    }
                }
            }
            boolean fromStems = best != null;
            for (Name n : candidateNames(folded, starts, i)) {
                int len = n.tokens().size();
                boolean better = len > bestLength || fromStems && len == bestLength;
                if (!better || !writtenAt(folded, i, n.tokens())) {
                    continue;
                }
                String written = text.substring(spans.get(i)[0], spans.get(i + len - 1)[1]);
                if (n.acronym() ? !sameLetters(written, n.written()) : len == 1 && !Character.isUpperCase(written.charAt(0))) {
                    continue;
                }
                bestLength = len;
                fromStems = false;
                best = new Found(spans.get(i)[0], spans.get(i + len - 1)[1], written,
                        candidatesFor(String.join(" ", n.tokens()), n.programme()));
            }
            if (best == null) {
                best = inflectedTwoWordName(text, spans, folded, starts[i], i);
                bestLength = best == null ? 0 : 2;
            }
            if (best != null) {
                Found narrower = narrowed(text, spans, folded, i, bestLength, best);
                found.add(narrower);
                bestLength = tokensUpTo(spans, i, narrower.end());
                i += bestLength;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * A registered name of two words whose second word is inflected ("Euroopan
     * aluekehitysrahaston" for "Euroopan aluekehitysrahasto"): too short to match by four-letter
     * stems, it matches when the first word is written as registered, with a capital, and the
     * second keeps all of the registered word but its last two letters.
     */
    private Found inflectedTwoWordName(String text, List<int[]> spans, List<String> folded, Starts starts, int i) {
        if (i + 1 >= folded.size() || !Character.isUpperCase(text.codePointAt(spans.get(i)[0]))) {
            return null;
        }
        for (Name n : starts.firstOfTwo()) {
            if (inflectedAs(folded.get(i + 1), n.tokens().get(1))) {
                return new Found(spans.get(i)[0], spans.get(i + 1)[1],
                        text.substring(spans.get(i)[0], spans.get(i + 1)[1]),
                        candidatesFor(String.join(" ", n.tokens()), n.programme()));
            }
        }
        return null;
    }

    /** Shorter than this, a word's ending is too much of it to tell an inflection from another word. */
    private static final int MIN_INFLECTED_WORD = 6;

    private static boolean inflectedAs(String written, String registered) {
        int shared = 0;
        while (shared < Math.min(written.length(), registered.length())
                && written.charAt(shared) == registered.charAt(shared)) {
            shared++;
        }
        return !written.equals(registered) && registered.length() >= MIN_INFLECTED_WORD
                && shared >= registered.length() - 2 && written.length() - registered.length() <= 4;
    }

    /** Fewer programmes than this hold a word that tells one programme from another: a country, a region. */
    private static final int DISTINCTIVE = 40;
    /** How far after a found name its narrower name may go on: "Interreg … Slovenija – Hrvatska 2014.-2020.". */
    private static final int MAX_EXTRA_TOKENS = 8;

    /**
     * A family's name followed by what tells one of its programmes from another ("INTERREG
     * programme of cross-border cooperation Slovenia – Croatia 2014-2020", "ИНТЕРРЕГ V-A
     * ГЪРЦИЯ-БЪЛГАРИЯ"): the one programme whose names hold two or more of the distinctive words
     * that follow in the same clause, the found span stretched over them. Else the found name as is.
     */
    private Found narrowed(String text, List<int[]> spans, List<String> folded, int i, int length, Found found) {
        Map<Programme, Integer> shared = new HashMap<>();
        Map<Programme, Integer> lastShared = new HashMap<>();
        int last = Math.min(folded.size(), i + length + MAX_EXTRA_TOKENS);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = i + length; k < last && sameClause(text, spans.get(k - 1)[1], spans.get(k)[0]); k++) {
            if (!seen.add(folded.get(k))) {
                continue;
            }
            Set<Programme> inNames = byWord.getOrDefault(folded.get(k), Set.of());
            if (inNames.size() >= DISTINCTIVE) {
                inNames = Set.of();
            }
            for (Programme p : inNames) {
                shared.merge(p, 1, Integer::sum);
                lastShared.put(p, k);
            }
            if (isCountryCode(text, spans.get(k))) {
                for (Programme p : byCountry.getOrDefault(folded.get(k), Set.of())) {
                    if (!inNames.contains(p)) {
                        shared.merge(p, 1, Integer::sum);
                        lastShared.put(p, k);
                    }
                }
            }
        }
        int most = largest(shared.values());
        if (most < 2) {
            return found;
        }
        // Of programmes that share as much, those of the fewest countries: "SK-AT" is the
        // Slovak-Austrian programme, not one of the transnational ones that cover both too.
        int fewest = shared.entrySet().stream().filter(e -> e.getValue() == most)
                .mapToInt(e -> e.getKey().countryCodes().size()).min().orElse(0);
        List<Programme> best = shared.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).filter(p -> p.countryCodes().size() == fewest)
                .filter(p -> inFamilyOf(p, found, folded.subList(i, i + length))).toList();
        if (best.isEmpty()) {
            return found;
        }
        int end = afterPeriod(text, spans, folded, best.stream().mapToInt(lastShared::get).max().orElseThrow());
        String period = end >= 1 && end > i ? folded.get(end - 1) + "-" + folded.get(end) : "";
        List<Programme> ofPeriod = best.stream().filter(p -> p.period().orElse("").equals(period)).toList();
        return new Found(found.begin(), spans.get(end)[1], text.substring(found.begin(), spans.get(end)[1]),
                ofPeriod.isEmpty() ? best : ofPeriod);
    }

    private static int largest(Collection<Integer> counts) {
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        return largest;
    }

    /**
     * Whether {@code p} is a narrower programme of the family found: another programme than those
     * found, whose key extends a found one's ("interreg" → "interreg-si-hr-2014-2020") or whose
     * names hold every word of the found name. What follows a fund's name may be another
     * programme's name ("ERDF under the Regional Programme X"), not a part of the fund.
     */
    private boolean inFamilyOf(Programme p, Found found, List<String> foundWords) {
        if (found.candidates().contains(p)) {
            return false;
        }
        boolean extendsKey = found.candidates().stream().anyMatch(f -> p.key().startsWith(f.key() + "-"));
        return extendsKey || foundWords.stream().allMatch(w -> byWord.getOrDefault(w, Set.of()).contains(p));
    }

    /** A word written as two capitals ("SK", "AT"): read as a country's ISO code. */
    private static boolean isCountryCode(String text, int[] span) {
        return span[1] - span[0] == 2 && Character.isUpperCase(text.charAt(span[0]))
                && Character.isUpperCase(text.charAt(span[0] + 1));
    }

    /** Two words of one clause: nothing but spaces, dashes and hyphens between them. */
    private static boolean sameClause(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (" \u00A0-–—".indexOf(text.charAt(c)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The period's last year token right after token {@code k}, if one follows ("2014-2020", "2014.-2020."), else k. */
    private static int afterPeriod(String text, List<int[]> spans, List<String> folded, int k) {
        int end = k;
        for (int j = k + 1; j < Math.min(folded.size(), k + 3) && PERIOD_TOKEN.matcher(folded.get(j)).matches()
                && PERIOD_GLUE.matcher(text.substring(spans.get(j - 1)[1], spans.get(j)[0])).matches(); j++) {
            end = j;
        }
        return end;
    }

    /** How many tokens from {@code i} end at or before {@code end}. */
    private static int tokensUpTo(List<int[]> spans, int i, int end) {
        int k = i;
        while (k < spans.size() && spans.get(k)[1] <= end) {
            k++;
        }
        return k - i;
    }

    /** The names that may start at token {@code i}: the one-word ones, then the longer ones. */
    private List<Name> candidateNames(List<String> folded, Starts[] starts, int i) {
        List<Name> single = starts[i].onlyWord();
        List<Name> longer = i + 1 < folded.size() && starts[i].firstOfLonger()
                ? byFirstTwoTokens.getOrDefault(lead(folded, i), List.of()) : List.of();
        if (longer.isEmpty()) {
            return single;
        }
        if (single.isEmpty()) {
            return longer;
        }
        List<Name> both = new ArrayList<>(single);
        both.addAll(longer);
        return both;
    }

    /** Whether {@code name}'s words stand in {@code words} from {@code from} on: asked for each candidate at each word. */
    private static boolean writtenAt(List<String> words, int from, List<String> name) {
        if (from + name.size() > words.size()) {
            return false;
        }
        for (int k = name.size() - 1; k >= 0; k--) {
            if (!words.get(from + k).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The key of {@link #byLeadingStems}: the stems of the {@link #MIN_STEMMED_WORDS} words from {@code i}. */
    private static String leadingStems(List<String> stems, int i) {
        return String.join(" ", stems.subList(i, i + MIN_STEMMED_WORDS));
    }

    /** The index key of a name starting at token {@code i}: its word, or its first two words. */
    private static String lead(List<String> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i) + ' ' + tokens.get(i + 1) : tokens.get(i);
    }

    private List<Programme> candidatesFor(String foldedName, Programme programme) {
        List<Programme> all = new ArrayList<>(byFoldedName.getOrDefault(foldedName, List.of()));
        if (!all.contains(programme)) {
            all.add(programme);
        }
        return all;
    }

    /** Acronyms compare letter for letter, ignoring only spacing and punctuation. */
    private static boolean sameLetters(String written, String acronym) {
        return NOT_LETTER_OR_NUMBER.matcher(written).replaceAll("").equals(NOT_LETTER_OR_NUMBER.matcher(acronym).replaceAll(""));
    }

    /**
     * The most likely of several programmes with one name: the period the text or the document's
     * year points to, then the document's country, then the broadest (no period) entry.
     */
    public static Programme choose(List<Programme> candidates, Optional<Integer> year, Set<String> countries) {
        return candidates.stream().min(Comparator
                .comparingInt((Programme p) -> periodScore(p, year))
                .thenComparingInt(p -> p.countryCodes().isEmpty() || p.countryCodes().stream().anyMatch(countries::contains) ? 0 : 1)
                .thenComparingInt(p -> p.period().isPresent() && year.isEmpty() ? 1 : 0)
                .thenComparing(Programme::key)).orElseThrow();
    }

    private static int periodScore(Programme p, Optional<Integer> year) {
        if (p.period().isEmpty() || year.isEmpty()) {
            return 1;
        }
        String[] years = p.period().get().split("-");
        int from = Integer.parseInt(years[0]);
        int to = Integer.parseInt(years[1]);
        // Programmes pay out up to three years after their period ends.
        return year.get() >= from && year.get() <= to + 3 ? 0 : 2;
    }

    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        for (int[] span : wordSpans(s)) {
            tokens.add(Folding.fold(s.substring(span[0], span[1])));
        }
        return tokens;
    }

    /** The {@link #WORD}s of a text, as [begin, end) pairs: letters, digits and '+', then apostrophe parts. */
    static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!CharClasses.isLetterOrNumber(cp) && cp != '+') {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            i = skipLettersOrNumbers(text, i, true);
            while (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')
                    && CharClasses.isLetterOrNumber(text.codePointAt(i + 1))) {
                i = skipLettersOrNumbers(text, i + 1, false);
            }
            spans.add(new int[] {begin, i});
        }
        return spans;
    }

    private static int skipLettersOrNumbers(String text, int from, boolean plus) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!CharClasses.isLetterOrNumber(cp) && !(plus && cp == '+')) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
