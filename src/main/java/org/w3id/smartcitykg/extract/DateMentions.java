package org.w3id.smartcitykg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and ranges of dates, as {@link MentionType#DATE} mentions with start and end. */
final class DateMentions implements Recogniser {
    /** One compiled recogniser per language: building one compiles large patterns. */
    private final Map<String, DateRecogniser> byLanguage = new ConcurrentHashMap<>();

    @Override
    public void recognise(TextContext ctx) {
        DateRecogniser dates = byLanguage.computeIfAbsent(ctx.document.language(), lang -> {
            Set<String> conjunctions = new HashSet<>();
            ctx.lexicon.entries("date.conj").forEach(e -> conjunctions.addAll(e.forms()));
            return new DateRecogniser(Locale.forLanguageTag(lang), conjunctions);
        });
        for (DateRecogniser.Found f : dates.find(ctx.text, ctx.referenceYear)) {
            ctx.add(new Mention(MentionType.DATE, f.begin(), f.end(), f.text(),
                    f.start() + "/" + f.endDate(), "", DateRecogniser.RULE, 0.9,
                    Map.of(Mention.START, f.start().toString(), Mention.END, f.endDate().toString())));
        }
    }
}
