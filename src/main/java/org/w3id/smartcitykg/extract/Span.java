package org.w3id.smartcitykg.extract;

/** A half-open character range of a document's text. */
public record Span(int begin, int end) {
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    public boolean contains(Mention m) {
        return m.begin() >= begin && m.end() <= end;
    }
}
