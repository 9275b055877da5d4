package org.w3id.smartcitykg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.smartcitykg.extract.Mention;
import org.w3id.smartcitykg.link.Entity;
import org.w3id.smartcitykg.link.Fact;
import org.w3id.smartcitykg.link.LinkedDocument;

/** What a document converted to, fact by fact, with the text that supports each: for people. */
public final class Explanation {
    private Explanation() {}

    public static List<String> of(LinkedDocument linked) {
        String text = linked.document().text();
        Map<String, Entity> byKey = new HashMap<>();
        linked.entities().forEach(e -> byKey.put(e.key(), e));
        List<String> lines = new ArrayList<>();
        lines.add("== " + linked.document().source().fileName() + " (" + linked.document().language() + ")");
        for (Entity e : linked.entities()) {
            Mention first = e.mentions().get(0);
            lines.add(String.format(Locale.ROOT, "%s %s  <%s>  from \"%s\" [%s, %.2f, chars %d-%d]",
                    e.type().name().toLowerCase(Locale.ROOT), e.label(), e.key(), oneLine(first.text()),
                    first.recogniser(), first.confidence(), first.begin(), first.end()));
        }
        for (Fact f : linked.facts()) {
            String object = f.kind() == Fact.ValueKind.ENTITY ? label(byKey, f.objectKey()) : "\"" + f.value() + "\"";
            lines.add(String.format(Locale.ROOT, "  %s  %s  %s%n      because \"%s\" [%s, %.2f, chars %d-%d]",
                    label(byKey, f.subjectKey()), f.property(), object,
                    oneLine(text.substring(f.evidence().begin(), f.evidence().end())), f.rule(), f.confidence(),
                    f.evidence().begin(), f.evidence().end()));
        }
        return lines;
    }

    private static String label(Map<String, Entity> byKey, String key) {
        Entity e = byKey.get(key);
        return e == null ? key : e.label();
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "…" : t;
    }
}
