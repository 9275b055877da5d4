package org.w3id.smartcitykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Matches tried only at candidate starts are the matches {@link Matcher#find()} gives. */
class StartFilteredMatcherTest {
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d.])\\d+(?:[.,]\\d+)*(?: (?:mln|tys)\\.?)?");
    private static final String TEXT = "1.5 mln, 12,3 tys. i 2024.05 oraz x7 i .8 i 10 10";

    @Test
    void candidateStartsFindWhatFindFinds() {
        List<String> expected = NUMBERS.matcher(TEXT).results().map(MatchResult::group).toList();
        int[] digitRunStarts = IntStream.range(0, TEXT.length())
                .filter(i -> Character.isDigit(TEXT.charAt(i)) && (i == 0 || !Character.isDigit(TEXT.charAt(i - 1))))
                .toArray();
        assertEquals(expected, groups(StartFilteredMatcher.findAll(NUMBERS, TEXT, digitRunStarts, i -> true)));
    }

    @Test
    void aCandidateInsideTheLastMatchIsPassedOver() {
        int[] everyOffset = IntStream.range(0, TEXT.length()).toArray();
        List<String> expected = NUMBERS.matcher(TEXT).results().map(MatchResult::group).toList();
        assertEquals(expected, groups(StartFilteredMatcher.findAll(NUMBERS, TEXT, everyOffset, i -> true)));
        assertEquals(List.of(), StartFilteredMatcher.findAll(NUMBERS, TEXT, everyOffset, i -> false));
    }

    @Test
    void offsetsOfAnyAreThoseOfTheCharsInRisingOrder() {
        assertEquals(List.of(0, 6, 7), java.util.Arrays.stream(StartFilteredMatcher.offsetsOfAny("„ab” c\n«d»", "„\n«"))
                .boxed().toList());
        assertEquals(0, StartFilteredMatcher.offsetsOfAny("", "„").length);
    }

    private static List<String> groups(List<MatchResult> found) {
        return found.stream().map(MatchResult::group).toList();
    }
}
