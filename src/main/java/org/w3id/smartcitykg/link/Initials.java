package org.w3id.smartcitykg.link;

import java.util.Optional;

/** Names written with a first initial ("J. Nowak") and the full names they may stand for ("Jan Nowak"). */
final class Initials {
    private Initials() {}

    /** The surname of a name written as an initial and a surname, or empty for any other name. */
    static Optional<String> surname(String name) {
        if (name.length() < 4 || !Character.isUpperCase(name.charAt(0)) || name.charAt(1) != '.' || name.charAt(2) != ' ') {
            return Optional.empty();
        }
        String rest = name.substring(3).strip();
        return rest.isEmpty() || rest.indexOf('.') >= 0 ? Optional.empty() : Optional.of(rest);
    }

    /**
     * Whether {@code abbreviated} ("J. Nowak") may stand for {@code full} ("Jan Nowak", "Jan
     * Maria Nowak"): the same surname, and a first name, written out, with the same initial.
     */
    static boolean abbreviates(String abbreviated, String full) {
        Optional<String> surname = surname(abbreviated);
        if (surname.isEmpty() || surname(full).isPresent() || !full.endsWith(" " + surname.get())) {
            return false;
        }
        String first = full.substring(0, full.length() - surname.get().length()).strip();
        return first.length() > 1 && first.charAt(0) == abbreviated.charAt(0) && first.chars().allMatch(
                c -> Character.isLetter(c) || c == ' ' || c == '-');
    }
}
