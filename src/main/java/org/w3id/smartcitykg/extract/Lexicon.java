package org.w3id.smartcitykg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One language's general words (head nouns, cue words, honorifics, ...), read from
 * {@code lexicon/LANG.tsv}; the format is described in that folder's README.
 */
public final class Lexicon {
    private static final String FOLDER = "/org/w3id/smartcitykg/extract/lexicon/";

    /** An entry: its dictionary form, every form it is written in, and its attribute. */
    public record Entry(String category, String lemma, List<String> forms, String attribute) {}

    /** A form found in a text. */
    public record Hit(int begin, int end, String text, Entry entry) {}

    private final String language;
    private final Map<String, List<Entry>> byCategory;
    /** Each category's bit in {@link Forms#categories}: there are at most 64, as the form finder needs too. */
    private final Map<String, Long> categoryBits;
    /**
     * Every folded form with the entries it is a form of, one per category: a word is looked up
     * once however many categories are asked about, and recognisers ask about several at each
     * capitalised word.
     */
    private final Map<String, Forms> byForm;
    /**
     * The hashes of the keys of {@link #byForm}, sixteen bits or more a form: most words asked
     * about are in no category, and are told so without a look into the large map.
     */
    private final HashBits formHashes;
    /**
     * Behind {@link #formHashes}: of the words that may be a form, it tells most of those that are
     * none of the categories asked about.
     */
    private final CategoryFilter categoryHashes;
    private volatile FormFinder finder;
    /**
     * In {@link #forOneDocument}'s copy, the words already looked up and what they are: a document
     * asks about a few hundred words several times over (each recogniser about each capitalised
     * word), and a small map of them answers without folding the word or visiting the large one.
     */
    private final Map<String, Forms> asked;
    private final Lexicon shared;

    /** The categories a form belongs to, one bit each, and its entry in each, in the order of the bits. */
    private record Forms(long categories, Entry[] entries) {
        Entry entry(long bit) {
            return (categories & bit) == 0 ? null : entries[Long.bitCount(categories & (bit - 1))];
        }

        Forms with(long bit, Entry e) {
            if ((categories & bit) != 0) {
                return this; // the first entry that has the form keeps it
            }
            Entry[] more = new Entry[entries.length + 1];
            int at = Long.bitCount(categories & (bit - 1));
            System.arraycopy(entries, 0, more, 0, at);
            more[at] = e;
            System.arraycopy(entries, at, more, at + 1, entries.length - at);
            return new Forms(categories | bit, more);
        }
    }

    private static final Forms NONE = new Forms(0, new Entry[0]);

    private Lexicon(String language, Map<String, List<Entry>> byCategory) {
        this.language = language;
        this.byCategory = byCategory;
        if (byCategory.size() > Long.SIZE) {
            throw new IllegalArgumentException("the " + language + " lexicon has more than " + Long.SIZE + " categories");
        }
        categoryBits = new HashMap<>();
        byForm = new HashMap<>();
        byCategory.forEach((category, entries) -> {
            long bit = 1L << categoryBits.size();
            categoryBits.put(category, bit);
            for (Entry e : entries) {
                for (String f : e.forms()) {
                    byForm.merge(fold(f), NONE.with(bit, e), (had, added) -> had.with(bit, e));
                }
            }
        });
        formHashes = new HashBits(16 * byForm.size());
        categoryHashes = new CategoryFilter(4 * byForm.size());
        byForm.forEach((f, forms) -> {
            formHashes.add(f.hashCode());
            categoryHashes.add(f.hashCode(), forms.categories());
        });
        asked = null;
        shared = this;
    }

    /** A copy sharing every table, for one thread reading one document: see {@link #asked}. */
    private Lexicon(Lexicon shared) {
        this.language = shared.language;
        this.byCategory = shared.byCategory;
        this.categoryBits = shared.categoryBits;
        this.byForm = shared.byForm;
        this.formHashes = shared.formHashes;
        this.categoryHashes = shared.categoryHashes;
        this.asked = new HashMap<>();
        this.shared = shared;
    }

    /** This lexicon for one document read by one thread: it remembers the words asked about. */
    public Lexicon forOneDocument() {
        return new Lexicon(shared);
    }

    public static Lexicon empty(String language) {
        return new Lexicon(language, Map.of());
    }

    /** Whether the project has a lexicon of {@code language} on the class path. */
    static boolean exists(String language) {
        return Lexicon.class.getResource(FOLDER + language + ".tsv") != null;
    }

    /** The lexicon of {@code language} on the class path, if the project has one. */
    public static Optional<Lexicon> load(String language) {
        try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + language + ".tsv")) {
            return in == null ? Optional.empty() : Optional.of(parse(language, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language + " lexicon", e);
        }
    }

    static Lexicon parse(String language, InputStream in) throws IOException {
        Map<String, List<Entry>> byCategory = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[1].isBlank()) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            for (String f : cols[1].split("\\|")) {
                String form = Normalizer.normalize(f.strip(), Normalizer.Form.NFC);
                if (!form.isEmpty() && !forms.contains(form)) {
                    forms.add(form);
                }
            }
            if (forms.isEmpty()) {
                continue;
            }
            String attribute = cols.length > 2 ? cols[2].strip() : "";
            String category = cols[0].strip();
            byCategory.computeIfAbsent(category, k -> new ArrayList<>())
                    .add(new Entry(category, forms.get(0), List.copyOf(forms), attribute));
        }
        byCategory.replaceAll((k, v) -> List.copyOf(v));
        return new Lexicon(language, byCategory);
    }

    /**
     * Whether the language puts an organisation name's head noun last, after its modifiers
     * ("Oulun yliopisto", "Pietų Kuršo savivaldybė"): the lexicon says so with {@code name.order head-final}.
     */
    public boolean headFinal() {
        return lookup(OrganisationRecogniser.NAME_ORDER, OrganisationRecogniser.HEAD_FINAL).isPresent();
    }

    public String language() {
        return language;
    }

    public boolean isEmpty() {
        return byCategory.isEmpty();
    }

    /** The categories this lexicon has entries of, in the order of its file. */
    public java.util.Set<String> categories() {
        return java.util.Collections.unmodifiableSet(byCategory.keySet());
    }

    public List<Entry> entries(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    /** The entry one of whose forms is {@code form}, ignoring case. */
    public Optional<Entry> lookup(String category, String form) {
        int hash = foldedHash(form);
        if (!formHashes.mayHold(hash)) {
            return Optional.empty();
        }
        long bit = bitOf(category);
        return categoryHashes.mayHold(hash, bit) ? Optional.ofNullable(forms(form).entry(bit)) : Optional.empty();
    }

    /**
     * {@link #lookup(String, String)} of the word {@code text} writes in [begin, end): a word that
     * is no form of the category is told so without a copy of it.
     */
    public Optional<Entry> lookup(String category, String text, int begin, int end) {
        int hash = foldedHash(text, begin, end);
        if (!formHashes.mayHold(hash)) {
            return Optional.empty();
        }
        long bit = bitOf(category);
        return categoryHashes.mayHold(hash, bit)
                ? Optional.ofNullable(forms(text.substring(begin, end)).entry(bit)) : Optional.empty();
    }

    /** {@link #inAny(List, String)} of the word {@code text} writes in [begin, end), copied only if it may be a form. */
    public boolean inAny(List<String> categories, String text, int begin, int end) {
        int hash = foldedHash(text, begin, end);
        if (!formHashes.mayHold(hash)) {
            return false;
        }
        long bits = bitsOf(categories);
        return categoryHashes.mayHold(hash, bits) && (forms(text.substring(begin, end)).categories() & bits) != 0;
    }

    /** The entry of the first of {@code categories} that has {@code form}: looked up once for all of them. */
    public Optional<Entry> lookupFirst(List<String> categories, String form) {
        int hash = foldedHash(form);
        if (!formHashes.mayHold(hash) || !categoryHashes.mayHold(hash, bitsOf(categories))) {
            return Optional.empty();
        }
        Forms forms = forms(form);
        for (String category : categories) {
            Entry e = forms.entry(bitOf(category));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code form} is a form of any of {@code categories}: looked up once for all of them. */
    public boolean inAny(List<String> categories, String form) {
        int hash = foldedHash(form);
        if (!formHashes.mayHold(hash)) {
            return false;
        }
        long bits = bitsOf(categories);
        return categoryHashes.mayHold(hash, bits) && (forms(form).categories() & bits) != 0;
    }

    /** A category's bit, 0 for a category this lexicon does not have. */
    private long bitOf(String category) {
        Long bit = categoryBits.get(category);
        return bit == null ? 0 : bit;
    }

    private long bitsOf(List<String> categories) {
        long bits = 0;
        for (String category : categories) {
            bits |= bitOf(category);
        }
        return bits;
    }

    /**
     * The categories and entries of a word that may be a form: looked up in
     * {@link #asked} when the document asked about it before, else folded and looked up in the
     * large map.
     */
    private Forms forms(String form) {
        if (asked == null) {
            return byForm.getOrDefault(fold(form), NONE);
        }
        Forms found = asked.get(form);
        if (found == null) {
            found = byForm.getOrDefault(fold(form), NONE);
            asked.put(form, found);
        }
        return found;
    }

    /** Every whole-word occurrence of a form of {@code category} in {@code text}, longest first. */
    public List<Hit> find(String category, CharSequence text) {
        return hits(category, text, finder().findAll(text, category));
    }

    /** {@link #find} for every category at once, in one pass over the text; categories not found are absent. */
    public Map<String, List<Hit>> findAll(CharSequence text) {
        Map<String, List<Hit>> hits = new HashMap<>();
        FormFinder finder = finder();
        Forms[] formsAt = formsAtNodes();
        finder.scan(text, (c, begin, end, node) -> {
            String category = finder.category(c);
            List<Hit> ofCategory = hits.computeIfAbsent(category, k -> new ArrayList<>());
            String written = text.subSequence(begin, end).toString();
            Entry e = foldsAsItsPath(written) ? formsAt[node].entry(categoryBits.get(category))
                    : lookup(category, written).orElse(null);
            if (e != null) {
                ofCategory.add(new Hit(begin, end, written, e));
            }
        });
        return hits;
    }

    /**
     * What each node of the form finder's trie is a form of: a word found there whose chars all
     * fold alone, and as the finder compares them, folds to the node's path, and is that form,
     * without being folded and looked up again. Made with the finder.
     */
    private volatile Forms[] formsAtNodes;

    private Forms[] formsAtNodes() {
        if (shared != this) {
            return shared.formsAtNodes();
        }
        Forms[] f = formsAtNodes;
        if (f == null) {
            FormFinder finder = finder();
            f = new Forms[finder.nodeCount()];
            for (int node = 0; node < f.length; node++) {
                String form = finder.formAt(node);
                f[node] = form == null ? NONE : byForm.getOrDefault(form, NONE);
            }
            formsAtNodes = f;
        }
        return f;
    }

    /**
     * Whether {@link #fold} makes of {@code written} what the form finder's char-by-char
     * comparison does (upper then lower case): true when no char is one that either treats with
     * its neighbours or replaces, and each char's lower case is that of its upper case.
     */
    private static boolean foldsAsItsPath(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= 0x80 && (!foldsAlone(c)
                    || Character.toLowerCase(c) != Character.toLowerCase(Character.toUpperCase(c)))) {
                return false;
            }
        }
        return true;
    }

    private List<Hit> hits(String category, CharSequence text, List<Span> spans) {
        List<Hit> hits = new ArrayList<>();
        for (Span s : spans) {
            String written = text.subSequence(s.begin(), s.end()).toString();
            lookup(category, written).ifPresent(e -> hits.add(new Hit(s.begin(), s.end(), written, e)));
        }
        return hits;
    }

    /** Built on first use: a run meets only a few of the languages. */
    private FormFinder finder() {
        if (shared != this) {
            return shared.finder();
        }
        FormFinder f = finder;
        if (f == null) {
            synchronized (this) {
                if (finder == null) {
                    Map<String, List<String>> forms = new LinkedHashMap<>();
                    byCategory.forEach((category, entries) -> entries.forEach(
                            e -> forms.computeIfAbsent(category, k -> new ArrayList<>()).addAll(e.forms())));
                    finder = FormFinder.of(forms);
                }
                f = finder;
            }
        }
        return f;
    }

    /** Lower case, with the dotted capital İ as plain i (not i and a combining dot), as the form finder reads it. */
    static String fold(String form) {
        if (isFolded(form)) {
            return form;
        }
        return form.toLowerCase(Locale.ROOT).replace("i\u0307", "i").replace('ş', 'ș').replace('ţ', 'ț');
    }

    /**
     * {@code fold(form).hashCode()}, summed char by char without the folded copy where each char
     * folds alone: everything but the chars that {@link #fold} or {@link String#toLowerCase} treat
     * with their neighbours or replace (cedillas, the combining dot, the dotted capital I, the
     * capital sigma, surrogates).
     */
    static int foldedHash(String form) {
        return foldedHash(form, 0, form.length());
    }

    /** {@link #foldedHash(String)} of {@code text}'s chars in [begin, end). */
    static int foldedHash(String text, int begin, int end) {
        int h = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else if (foldsAlone(c)) {
                h = 31 * h + Character.toLowerCase(c);
            } else {
                return fold(text.substring(begin, end)).hashCode();
            }
        }
        return h;
    }

    private static boolean foldsAlone(char c) {
        return c != 'ş' && c != 'ţ' && c != 'Ş' && c != 'Ţ' && c != '\u0307' && c != '\u0130' && c != '\u03A3'
                && !Character.isSurrogate(c);
    }

    /**
     * Whether folding leaves {@code form} as it is: no char with a lower case of its own, no
     * cedilla to make a comma, no combining dot, no surrogate. Most words of a text are so, and
     * are looked up without a copy.
     */
    private static boolean isFolded(String form) {
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.toLowerCase(c) != c || !foldsAlone(c)) {
                return false;
            }
        }
        return true;
    }
}
