package org.w3id.smartcitykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives, left to right and not overlapping, with the pattern
 * tried only where a match can start (a digit, say) instead of at every char. Look-behinds still
 * see the text before the start.
 */
final class StartFilteredMatcher {
    private StartFilteredMatcher() {}

    /**
     * The pattern tried at each of the {@code candidates} (offsets in rising order, past the end
     * of the last match) where {@code mayStartAt} holds: the candidates must hold every offset
     * where a match can start. Several patterns that start at few places share one pass over the
     * text that finds them.
     */
    static List<MatchResult> findAll(Pattern pattern, String text, int[] candidates, IntPredicate mayStartAt) {
        Matcher m = null;
        List<MatchResult> found = new ArrayList<>();
        int from = 0;
        for (int i : candidates) {
            if (i >= from && mayStartAt.test(i)) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, text.length());
                if (m.lookingAt() && m.end() > i) {
                    found.add(m.toMatchResult());
                    from = m.end();
                }
            }
        }
        return found;
    }

    /**
     * The offsets of {@code text} that hold one of {@code chars}, in rising order: candidates for
     * a pattern that starts with one of them, found by a loop of the caller's own instead of a
     * predicate asked through an interface at every char.
     */
    static int[] offsetsOfAny(String text, String chars) {
        int[] offsets = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                if (count == offsets.length) {
                    offsets = java.util.Arrays.copyOf(offsets, count * 2);
                }
                offsets[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(offsets, count);
    }
}
