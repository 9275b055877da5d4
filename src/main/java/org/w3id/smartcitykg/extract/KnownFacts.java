package org.w3id.smartcitykg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts the sentence-level rules already stated, by the names of their ends and property
 * (two mentions of one name are one entity): the document frame adds only what they left out,
 * and asks in constant time.
 */
final class KnownFacts {
    private final Set<String> statements = new HashSet<>();
    private final Set<String> subjectsWith = new HashSet<>();

    KnownFacts(List<Relation> relations) {
        relations.forEach(this::note);
    }

    /** Adds {@code r} to the document's relations unless it is known already; true if added. */
    boolean add(TextContext ctx, Relation r) {
        if (knows(r.subject(), r.property(), r.object())) {
            return false;
        }
        note(r);
        ctx.relations.add(r);
        return true;
    }

    boolean knows(Mention subject, String property, Mention object) {
        return statements.contains(key(subject) + property + key(object));
    }

    /** Whether {@code subject}, under any of its mentions, has a fact of {@code property}. */
    boolean has(Mention subject, String property) {
        return subjectsWith.contains(key(subject) + property);
    }

    private void note(Relation r) {
        statements.add(key(r.subject()) + r.property() + key(r.object()));
        subjectsWith.add(key(r.subject()) + r.property());
    }

    private static String key(Mention m) {
        return m == null ? "-" : m.type() + ":" + m.canonical() + "|";
    }
}
