package org.w3id.smartcitykg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First names and surnames of one language. A surname is a root and an ending from the same group
 * ("Grab" + "owski|owska", "Стоян" + "ов|ова"), so the feminine form follows from the masculine and
 * a few hundred roots give thousands of surnames.
 */
final class PersonNames {
    private record SurnameGroup(List<String> roots, List<TemplateBook.Pair> endings) {}

    private final List<String> men;
    private final List<String> women;
    private final List<SurnameGroup> surnames = new ArrayList<>();

    PersonNames(TemplateBook book) {
        this.men = book.words("first.m");
        this.women = book.words("first.f");
        for (char group = 'a'; book.has("surname.roots." + group); group++) {
            surnames.add(new SurnameGroup(book.words("surname.roots." + group), book.pairs("surname.suffixes." + group)));
        }
    }

    /** A name and whether it is a woman's. */
    record Name(String full, boolean female) {}

    Name next(SplittableRandom random) {
        boolean female = random.nextBoolean();
        String first = pick(female ? women : men, random);
        SurnameGroup group = surnames.get(random.nextInt(surnames.size()));
        String surname = pick(group.roots(), random) + pick(group.endings(), random).choose(female);
        return new Name(first + " " + surname, female);
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
