package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's organisations by the head noun their name starts with ("Fundacja …", "Urząd …"):
 * the first found of each name. Read once, on first use, by a recogniser that adds no
 * organisations; asking the mentions again for each person would cost every mention each time.
 */
final class PartnersByHead {
    private final TextContext ctx;
    private Map<String, Map<String, Mention>> byHeadLemma;

    PartnersByHead(TextContext ctx) {
        this.ctx = ctx;
    }

    /** The organisations whose name starts with a form of {@code headLemma}, one per name, in the order found. */
    List<Mention> withHead(String headLemma) {
        if (byHeadLemma == null) {
            byHeadLemma = new LinkedHashMap<>();
            for (Mention m : ctx.mentions.all()) {
                if (m.type() == MentionType.PARTNER) {
                    ctx.lexicon.lookup("org.head", m.canonical().split(" ")[0]).ifPresent(head -> byHeadLemma
                            .computeIfAbsent(head.lemma(), k -> new LinkedHashMap<>()).putIfAbsent(m.canonical(), m));
                }
            }
        }
        return new ArrayList<>(byHeadLemma.getOrDefault(headLemma, Map.of()).values());
    }
}
