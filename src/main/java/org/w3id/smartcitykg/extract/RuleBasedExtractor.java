package org.w3id.smartcitykg.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.w3id.smartcitykg.ingest.Document;

/**
 * The extract stage built from per-language lexicons and general rules. A language without a
 * lexicon still yields dates and place candidates, with a warning saying so.
 */
public final class RuleBasedExtractor implements Extractor {
    /** A line that is only a date, possibly tagged ("foto_23.01.2020"): a dateline or a caption. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*(?:[\\p{L}]+[_ :-])?(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})\\s*$");

    private final Lexicons lexicons;
    private final List<Recogniser> recognisers;

    private final java.util.Map<String, Morphology> morphologies = new java.util.concurrent.ConcurrentHashMap<>();

    public RuleBasedExtractor(Lexicons lexicons) {
        this(lexicons, KnownNames.NONE);
    }

    /** With the names a registry knows (programmes), found before the relation rules run. */
    public RuleBasedExtractor(Lexicons lexicons, KnownNames knownNames) {
        this.lexicons = lexicons;
        this.recognisers = List.of(
                new DateMentions(),
                new CountryRecogniser(),
                new QuotedNameRecogniser(),
                new OrganisationRecogniser(),
                new ProgrammeRecogniser(),
                ctx -> knownNames.scan(ctx.text, ctx.mentions::overlapping).forEach(m -> replaceShorter(ctx, m)),
                new PersonRecogniser(),
                new MeetingRecogniser(),
                new PlaceCandidateRecogniser(),
                new MunicipalityRecogniser(),
                new OrganisationLists(),
                new RelationRules(),
                new ProjectFrame(),
                new MeetingFrame(),
                new NearestAffiliation());
    }

    /**
     * Adds a known name in place of the mentions of its type, and of the organisations, that lie
     * within it: a registry's name is surer than a head word's guess at a body.
     */
    private static void replaceShorter(TextContext ctx, Mention known) {
        for (Mention inside : ctx.mentions.within(new Span(known.begin(), known.end()))) {
            if (inside.type() == known.type() || inside.type() == MentionType.PARTNER) {
                ctx.mentions.removeAt(inside.begin(), inside.end(), m -> m.equals(inside));
            }
        }
        ctx.add(known);
    }

    /** Polish has a full dictionary (Morfologik); other languages inflect by their lexicon. */
    static Morphology morphology(String language, Lexicon lexicon) {
        if (language.equals("pl")) {
            return new PolishMorphology(SuffixRules.from(lexicon));
        }
        return lexicon.isEmpty() ? Morphology.NONE : new LexiconMorphology(lexicon);
    }

    @Override
    public Extraction extract(Document document) {
        return read(document).result();
    }

    /** Every recogniser run over the document: the working state, which tests may look into. */
    TextContext read(Document document) {
        Lexicon lexicon = lexicons.forLanguage(document.language());
        TextContext ctx = new TextContext(document, lexicon.forOneDocument(), morphologies.computeIfAbsent(document.language(),
                language -> morphology(language, lexicon)), referenceDate(document));
        if (!document.deepSupport()) {
            ctx.warnings.add("no lexicon for language '" + document.language()
                    + "': only places, dates and known programmes are extracted");
        }
        recognisers.forEach(r -> r.recognise(ctx));
        return ctx;
    }

    /** The document's own date: the manifest's, else a dateline or a dated caption. */
    static Optional<LocalDate> referenceDate(Document document) {
        if (document.published().isPresent()) {
            return document.published();
        }
        String text = document.text();
        for (MatchResult m : StartFilteredMatcher.findAll(DATELINE, text, lineStarts(text), i -> opensWithDay(text, i))) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            } catch (java.time.DateTimeException ignored) {
                // not a real date; look further
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a day can start where a {@link #DATELINE} matched at {@code i} has it: after white
     * space (which may run over line breaks), at once or after one word and a "_", " ", ":" or
     * "-". Most lines start with a word and a space and something else, and are passed over
     * after their first word.
     */
    private static boolean opensWithDay(String text, int i) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int j = k;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j > k) {
            if (j >= text.length() || "_ :-".indexOf(text.charAt(j)) < 0) {
                return false;
            }
            j++;
        }
        return j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9';
    }

    /** Where {@link #DATELINE}'s {@code ^} may match: after a line terminator, or at the start. */
    /** Where the text's lines start: at 0 and after each line terminator that more text follows. */
    private static int[] lineStarts(String text) {
        int[] after = StartFilteredMatcher.offsetsOfAny(text, "\n\r\u0085\u2028\u2029");
        int count = after.length > 0 && after[after.length - 1] == text.length() - 1 ? after.length - 1 : after.length;
        int[] starts = new int[count + (text.isEmpty() ? 0 : 1)];
        for (int k = 0; k < count; k++) {
            starts[starts.length - count + k] = after[k] + 1;
        }
        return starts;
    }
}
