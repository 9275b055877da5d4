package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.smartcitykg.ingest.Document;

/** The working state of one document's extraction: its text, sentences, lexicon and findings. */
final class TextContext {
    final Document document;
    final String text;
    final List<Span> sentences;
    final Lexicon lexicon;
    final Morphology morphology;
    final Optional<java.time.LocalDate> referenceDate;
    final Optional<Integer> referenceYear;
    final MentionIndex mentions = new MentionIndex();
    final List<Relation> relations = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    private final KnownFacts knownFacts = new KnownFacts();

    /** What the relations found so far say, to keep a frame from adding a fact twice. */
    KnownFacts knownFacts() {
        return knownFacts.upTo(relations);
    }
    /** The words the text writes in lower case, gathered on first use. */
    private LowerCaseWords lowerCaseWords;

    /**
     * Whether the document also writes {@code word} in lower case, as a word of its own: the text
     * itself then says the word is a common one, whatever its capital at the start of a sentence.
     */
    boolean writesInLowerCase(String word) {
        if (lowerCaseWords == null) {
            lowerCaseWords = LowerCaseWords.in(text);
        }
        return lowerCaseWords.contains(word);
    }

    private java.util.Map<String, List<Lexicon.Hit>> hits;
    private LocativeEndings locativeEndings;
    /** {@link #ofType}'s lists, valid while the mentions are at {@link #byTypeVersion}. */
    private final java.util.Map<MentionType, List<Mention>> byType = new java.util.EnumMap<>(MentionType.class);
    private int byTypeVersion = -1;

    TextContext(Document document, Lexicon lexicon, Morphology morphology,
                Optional<java.time.LocalDate> referenceDate) {
        this.document = document;
        this.text = unwrapped(document.text());
        this.sentences = Sentences.split(text);
        this.lexicon = lexicon;
        this.morphology = morphology;
        this.referenceDate = referenceDate;
        this.referenceYear = referenceDate.map(java.time.LocalDate::getYear);
    }

    /**
     * The text with hard line wraps undone: a single line break followed by a lower-case letter
     * continues the line ("Zahajovací\nkonference"). One character for one, so every offset still
     * points into the document as written, and evidence quotes it exactly.
     */
    static String unwrapped(String text) {
        char[] c = text.toCharArray();
        for (int i = 1; i + 1 < c.length; i++) {
            if (c[i] == '\n' && c[i - 1] != '\n' && c[i - 1] != '\r' && Character.isLowerCase(c[i + 1])) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** How often each word occurs, folded (case, diacritics); counted in one pass on first use. */
    private java.util.Map<String, Integer> wordCounts;

    /** How often {@code word} occurs in the text as a whole word, whatever its case and diacritics. */
    int timesWritten(String word) {
        if (wordCounts == null) {
            wordCounts = new java.util.HashMap<>();
            int i = 0;
            while (i < text.length()) {
                int end = Names.wordEnd(text, i);
                if (end > i) {
                    wordCounts.merge(Folding.fold(text.substring(i, end)), 1, Integer::sum);
                    i = end;
                } else {
                    i++;
                }
            }
        }
        return wordCounts.getOrDefault(Folding.fold(word), 0);
    }

    /** The language's locative case endings, read from the lexicon once per document. */
    LocativeEndings locativeEndings() {
        if (locativeEndings == null) {
            locativeEndings = new LocativeEndings(lexicon);
        }
        return locativeEndings;
    }

    /** Every hit of a lexicon category in the whole text. */
    List<Lexicon.Hit> hits(String category) {
        if (hits == null) {
            hits = lexicon.findAll(text);
            hits.replaceAll((c, found) -> List.copyOf(found));
        }
        return hits.getOrDefault(category, List.of());
    }

    /**
     * Whether a cue word of {@code category} stands inside {@code span}. A category's hits do not
     * overlap and come in text order, so their ends rise with their begins: the first hit at or
     * after the span's begin is inside it if any is.
     */
    boolean hasCue(String category, Span span) {
        return !hitsIn(category, span.begin(), span.end()).isEmpty();
    }

    /**
     * The hits of a category inside {@code begin..end}, in text order, out of the hits in the
     * whole text: a sentence or window is not searched again, and a word cut by its edge is not
     * taken for a whole one.
     */
    List<Lexicon.Hit> hitsIn(String category, int begin, int end) {
        List<Lexicon.Hit> found = hits(category);
        int first = firstAtOrAfter(found.size(), k -> found.get(k).begin(), begin);
        int last = first;
        while (last < found.size() && found.get(last).end() <= end) {
            last++;
        }
        return found.subList(first, last);
    }

    List<Lexicon.Hit> hitsIn(String category, Span span) {
        return hitsIn(category, span.begin(), span.end());
    }

    /** The sentence holding {@code offset}, found by bisection: sentences come in text order and do not overlap. */
    Span sentenceAt(int offset) {
        int after = firstAtOrAfter(sentences.size(), k -> sentences.get(k).begin(), offset + 1);
        if (after > 0 && sentences.get(after - 1).contains(offset)) {
            return sentences.get(after - 1);
        }
        return new Span(offset, Math.min(text.length(), offset + 1));
    }

    /** The first index below {@code size} whose key is at least {@code key}, or size; keys must not fall. */
    static int firstAtOrAfter(int size, java.util.function.IntUnaryOperator keyAt, int key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keyAt.applyAsInt(mid) < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The mentions of {@code type} within {@code span}, by begin. */
    List<Mention> inSpan(MentionType type, Span span) {
        if (inSpanVersion != mentions.version()) {
            inSpan.clear();
            inSpanVersion = mentions.version();
        }
        return inSpan.computeIfAbsent(new TypeInSpan(type, span), k -> mentions.within(span, type));
    }

    /**
     * {@link #inSpan}'s answers, valid while the mentions are at {@link #inSpanVersion}: the
     * relation rules ask each sentence for its mentions of a type once per mention in it, after
     * the mentions are all found.
     */
    private final java.util.Map<TypeInSpan, List<Mention>> inSpan = new java.util.HashMap<>();
    private int inSpanVersion = -1;

    private record TypeInSpan(MentionType type, Span span) {}

    /** Whether a name other than a date already takes a character of [begin, end). */
    boolean covered(int begin, int end) {
        for (Mention m : mentions.overlapping(begin, end)) {
            if (m.type() != MentionType.DATE) {
                return true;
            }
        }
        return false;
    }

    /** Every mention of {@code type}, by begin; computed again only after the mentions changed. */
    List<Mention> ofType(MentionType type) {
        if (byTypeVersion != mentions.version()) {
            byType.clear();
            byTypeVersion = mentions.version();
        }
        return byType.computeIfAbsent(type, t -> mentions.all().stream().filter(m -> m.type() == t)
                .sorted(Comparator.comparingInt(Mention::begin)).toList());
    }

    void add(Mention m) {
        mentions.add(m);
    }

    Extraction result() {
        return new Extraction(mentions.all(), relations, warnings, referenceDate);
    }
}
