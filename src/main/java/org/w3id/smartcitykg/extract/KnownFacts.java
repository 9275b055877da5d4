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
    /** An end of a fact by its name; null for a fact with a value instead of an object. */
    private record End(MentionType type, String canonical) {}

    private record Statement(End subject, String property, End object) {}

    private record SubjectWith(End subject, String property) {}

    private final Set<Statement> statements = new HashSet<>();
    private final Set<SubjectWith> subjectsWith = new HashSet<>();
    /** How many of the document's relations, in their order, are noted. */
    private int noted;

    /**
     * These facts with the relations the document found since they were last brought up to date:
     * its relations are only ever appended to, so the frames share one set of facts instead of
     * each noting every relation again.
     */
    KnownFacts upTo(List<Relation> relations) {
        for (; noted < relations.size(); noted++) {
            note(relations.get(noted));
        }
        return this;
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
        return statements.contains(new Statement(key(subject), property, key(object)));
    }

    /** Whether {@code subject}, under any of its mentions, has a fact of {@code property}. */
    boolean has(Mention subject, String property) {
        return subjectsWith.contains(new SubjectWith(key(subject), property));
    }

    private void note(Relation r) {
        End subject = key(r.subject());
        statements.add(new Statement(subject, r.property(), key(r.object())));
        subjectsWith.add(new SubjectWith(subject, r.property()));
    }

    private static End key(Mention m) {
        return m == null ? null : new End(m.type(), m.canonical());
    }
}
