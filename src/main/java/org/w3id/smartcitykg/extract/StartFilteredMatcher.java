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

    /** @param mayStartAt true at least wherever a match of {@code pattern} can start */
    static List<MatchResult> findAll(Pattern pattern, String text, IntPredicate mayStartAt) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (mayStartAt.test(i)) {
                m.region(i, text.length());
                if (m.lookingAt() && m.end() > i) {
                    found.add(m.toMatchResult());
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }
}
