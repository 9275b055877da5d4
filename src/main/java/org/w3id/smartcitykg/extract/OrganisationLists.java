package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "partners from A University, B GmbH, C, D and the City of E": in a list where at least two
 * items are already organisations, the other items that are names are organisations too: the
 * companies and institutes a text names with no head noun ("TU Delft", "Iberdrola").
 */
final class OrganisationLists implements Recogniser {
    static final String RULE = "organisation-list";
    /** Marks an organisation read from a list alone: not one if the name is a known place. */
    public static final String UNLESS_PLACE = "organisationUnlessPlace";
    private static final int MAX_WORDS = 6;

    @Override
    public void recognise(TextContext ctx) {
        for (Span sentence : ctx.sentences) {
            List<Span> items = items(ctx, sentence);
            if (items.size() < 3) {
                continue;
            }
            // Asked once per item: nothing is added to the mentions until the names are gathered.
            boolean[] named = new boolean[items.size()];
            long organisations = 0;
            for (int k = 0; k < items.size(); k++) {
                named[k] = organisation(ctx, items.get(k), k, items.size()).isPresent();
                organisations += named[k] ? 1 : 0;
            }
            boolean amongOrganisations = organisations >= 2;
            if (!amongOrganisations && !cued(ctx, sentence)) {
                continue;
            }
            List<Span> names = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                if (!named[k]) {
                    // Under a cue, a list may start inside a clause: "… representatives of A, B and C".
                    name(ctx, items.get(k), k == 0 || !amongOrganisations, k == items.size() - 1)
                            .filter(n -> !namedAlready(ctx, n, !amongOrganisations)).ifPresent(names::add);
                }
            }
            if (amongOrganisations) {
                for (Span n : names) {
                    if (oneWord(ctx, n)) {
                        // "ACME, Foo University and Vienna": one word may be a company or a town;
                        // the linker decides with the gazetteer, and the place candidate stays.
                        ctx.add(mention(ctx, n, Map.of(UNLESS_PLACE, "true")));
                        continue;
                    }
                    // The place recogniser offers every capitalised run as a possible place; in a
                    // list of organisations, a run of several words is an organisation.
                    ctx.mentions.removeAt(n.begin(), n.end(), m -> m.type() == MentionType.CITY);
                    ctx.add(mention(ctx, n, Map.of()));
                }
            } else if (names.size() >= 3) {
                // "representatives of A, B, C and D took part": names the gazetteer does not know as
                // places are organisations; the linker decides with the gazetteer.
                names.forEach(n -> ctx.add(mention(ctx, n, Map.of(UNLESS_PLACE, "true"))));
            }
        }
    }

    /** The pieces of a sentence between commas, semicolons and list conjunctions ("and", "i", "și"). */
    private static List<Span> items(TextContext ctx, Span sentence) {
        List<Span> items = new ArrayList<>();
        int start = sentence.begin();
        int i = sentence.begin();
        while (i < sentence.end()) {
            char c = ctx.text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                items.add(new Span(start, i));
                start = i + 1;
                i++;
                continue;
            }
            if (Character.isLetter(c) && (i == 0 || ctx.text.charAt(i - 1) == ' ')) {
                int we = Names.wordEnd(ctx.text, i);
                boolean conjunction = we < ctx.text.length() && ctx.text.charAt(we) == ' '
                        && ctx.lexicon.lookup("date.conj", ctx.text, i, we)
                                .filter(e -> "list".equals(e.attribute())).isPresent();
                if (conjunction) {
                    items.add(new Span(start, i));
                    start = we;
                }
                i = Math.max(we, i + 1);
                continue;
            }
            i++;
        }
        items.add(new Span(start, sentence.end()));
        List<Span> trimmed = new ArrayList<>(items.size());
        for (Span item : items) {
            Span t = trim(ctx.text, item);
            if (t.end() > t.begin()) {
                trimmed.add(t);
            }
        }
        return trimmed;
    }

    /** The organisation an item is: one that fills it (the first item may lead in, the last trail on). */
    private static Optional<Mention> organisation(TextContext ctx, Span item, int k, int n) {
        int begin = afterArticle(ctx.text, item);
        for (Mention m : ctx.mentions.withinInFoundOrder(item)) {
            if (m.type() == MentionType.PARTNER && (k == 0 || m.begin() == begin) && (k == n - 1 || m.end() == item.end())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Where an item's name begins after a leading article ("die", "el", "the", "het"): short lower-case words. */
    private static int afterArticle(String text, Span item) {
        int i = item.begin();
        while (i < item.end() && Character.isLowerCase(text.charAt(i))) {
            int we = Names.wordEnd(text, i);
            if (we - i > 3 || we >= item.end() || text.charAt(we) != ' ') {
                return i;
            }
            i = Names.skipSpaces(text, we);
        }
        return i;
    }

    /** The name an item holds: all of it, or for the first item its end, for the last its start. */
    private static Optional<Span> name(TextContext ctx, Span item, boolean first, boolean last) {
        List<int[]> words = new ArrayList<>();
        int i = item.begin();
        while (i < item.end()) {
            int we = Math.min(item.end(), wordEndLoose(ctx.text, i));
            if (we > i) {
                words.add(new int[] {i, we});
            }
            i = Names.skipSpaces(ctx.text, Math.max(we, i + 1));
        }
        int from = 0;
        int to = words.size();
        if (first) {
            from = to;
            while (from > 0 && nameWord(ctx, words.get(from - 1), from == to)) {
                from--;
            }
        }
        if (last) {
            int end = from;
            while (end < to && nameWord(ctx, words.get(end), end == from)) {
                end++;
            }
            to = end;
        }
        if (to - from < 1 || to - from > MAX_WORDS || !capitalised(ctx, words.get(from)) || !capitalised(ctx, words.get(to - 1))) {
            return Optional.empty();
        }
        for (int w = from; w < to; w++) {
            if (!nameWord(ctx, words.get(w), w == from || w == to - 1)) {
                return Optional.empty();
            }
        }
        Span name = new Span(words.get(from)[0], words.get(to - 1)[1]);
        if (mixesScripts(ctx.text.substring(name.begin(), name.end()))) {
            return Optional.empty(); // "Eстония": a Latin letter typed into a Cyrillic word is a typo, not a name
        }
        if (first && Names.sentenceInitial(ctx, name.begin()) && to - from == 1) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean mixesScripts(String s) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
            latin |= script == Character.UnicodeScript.LATIN;
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
        }
        return latin && cyrillic && s.indexOf(' ') < 0;
    }

    /** A word of a name: capitalised, an acronym or number, or a short joiner inside ("of", "de", "v"). */
    private static boolean nameWord(TextContext ctx, int[] w, boolean edge) {
        String word = ctx.text.substring(w[0], w[1]);
        if (capitalised(ctx, w) || Character.isDigit(word.charAt(0))) {
            return true;
        }
        return !edge && word.length() <= 3 && word.chars().allMatch(Character::isLowerCase);
    }

    private static boolean capitalised(TextContext ctx, int[] w) {
        return Names.startsUpper(ctx.text, w[0]) || ctx.text.charAt(w[0]) == '+' || ctx.text.charAt(w[0]) == '#';
    }

    /** Words keep their inner dots, ampersands and hyphens: "NÖ.Regional.GmbH", "R&D", "S.A.". */
    private static int wordEndLoose(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && ",;:()".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        while (j > i && ".!?".indexOf(text.charAt(j - 1)) >= 0 && !(j - i <= 4 && Character.isUpperCase(text.charAt(i)))) {
            j--;
        }
        return j;
    }

    /**
     * Already a person, country, project, programme or date, or part of an organisation; a
     * one-word item that a preposition or cue made a place stays a place ("…, in Vienna and …");
     * among organisations, one offered only for its capital is left to the gazetteer.
     */
    private static boolean namedAlready(TextContext ctx, Span n, boolean placesUndecided) {
        boolean oneWord = oneWord(ctx, n);
        return ctx.mentions.overlapping(n.begin(), n.end()).stream().anyMatch(m ->
                (m.type() != MentionType.CITY || oneWord && !placesUndecided && !bareCapital(m)
                        || m.begin() < n.begin() || m.end() > n.end()));
    }

    private static boolean oneWord(TextContext ctx, Span n) {
        return ctx.text.substring(n.begin(), n.end()).indexOf(' ') < 0;
    }

    /** A place candidate offered only for its capital letter, with no preposition or cue before it. */
    private static boolean bareCapital(Mention m) {
        return !Boolean.parseBoolean(m.attribute("afterPreposition").orElse("true"));
    }

    /** A sentence that says who took part or who the partners are. */
    private static boolean cued(TextContext ctx, Span sentence) {
        return ctx.hasCue("participation.cue", sentence) || ctx.hasCue("partner.cue", sentence);
    }

    private static Mention mention(TextContext ctx, Span n, Map<String, String> attributes) {
        String text = ctx.text.substring(n.begin(), n.end());
        String subtype = "";
        for (Lexicon.Hit head : ctx.hitsIn("org.head", n)) {
            subtype = head.entry().attribute();
            break;
        }
        if (subtype.isEmpty() && ctx.hasCue("org.legal", n)) {
            subtype = "Company";
        }
        return new Mention(MentionType.PARTNER, n.begin(), n.end(), text, ctx.morphology.nominative(text), subtype,
                RULE, 0.5, attributes);
    }

    private static Span trim(String text, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && (Character.isWhitespace(text.charAt(b)) || "–—-".indexOf(text.charAt(b)) >= 0)) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".".indexOf(text.charAt(e - 1)) >= 0
                && !(e - 2 >= b && Character.isUpperCase(text.charAt(e - 2)) && e - 3 >= b && text.charAt(e - 3) == '.'))) {
            e--;
        }
        return new Span(b, e);
    }
}
