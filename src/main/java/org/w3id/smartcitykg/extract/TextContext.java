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

    TextContext(Document document, Lexicon lexicon, Morphology morphology,
                Optional<java.time.LocalDate> referenceDate) {
        this.document = document;
        this.text = document.text();
        this.sentences = Sentences.split(text);
        this.lexicon = lexicon;
        this.morphology = morphology;
        this.referenceDate = referenceDate;
        this.referenceYear = referenceDate.map(java.time.LocalDate::getYear);
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
