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
    final List<Mention> mentions = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Every category's lexicon hits in the whole text, found in one pass on first use. */
    private java.util.Map<String, List<Lexicon.Hit>> hits;

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

    /** Every hit of a lexicon category in the whole text. */
    List<Lexicon.Hit> hits(String category) {
        if (hits == null) {
            hits = lexicon.findAll(text);
            hits.replaceAll((c, found) -> List.copyOf(found));
        }
        return hits.getOrDefault(category, List.of());
    }

    /** Whether a cue word of {@code category} stands inside {@code span}. */
    boolean hasCue(String category, Span span) {
        return hits(category).stream().anyMatch(h -> h.begin() >= span.begin() && h.end() <= span.end());
    }

    Span sentenceAt(int offset) {
        for (Span s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return new Span(offset, Math.min(text.length(), offset + 1));
    }

    List<Mention> inSpan(MentionType type, Span span) {
        return mentions.stream().filter(m -> m.type() == type && span.contains(m))
                .sorted(Comparator.comparingInt(Mention::begin)).toList();
    }

    boolean covered(int begin, int end) {
        return mentions.stream().anyMatch(m -> m.begin() < end && begin < m.end()
                && m.type() != MentionType.DATE);
    }

    void add(Mention m) {
        mentions.add(m);
    }

    Extraction result() {
        return new Extraction(mentions, relations, warnings, referenceDate);
    }
}
