package org.w3id.smartcitykg.corpus;

/** A generated project: an acronym and a descriptive title. */
public record Project(String acronym, String title) {
    /** The project as one distinct thing: the same acronym may stand for different titles. */
    public String key() {
        return acronym + " – " + title;
    }
}
