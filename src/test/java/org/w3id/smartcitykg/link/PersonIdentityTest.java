package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.smartcitykg.Fixtures;
import org.w3id.smartcitykg.extract.MentionType;
import org.w3id.smartcitykg.ingest.Document;
import org.w3id.smartcitykg.ingest.SourceText;

/** A person written with a first initial is the document's one person of that surname and initial. */
class PersonIdentityTest {
    @Test
    void anInitialIsTheOnePersonOfThatSurnameAndInitial() {
        List<Entity> people = people("pl", "Konferencję otworzył prof. Jan Kowalski, rektor uczelni. "
                + "Na zdjęciu od lewej: prof. J. Kowalski, rektor uczelni; dr Anna Nowak, dziekan wydziału.");
        assertEquals(List.of("Jan Kowalski", "Anna Nowak"), people.stream().map(Entity::label).toList());
    }

    @Test
    void anInitialAloneIsAPersonOfItsOwn() {
        List<Entity> people = people("en", "The mayor, Dr J. Kowalski, opened the conference on 5 May 2025.");
        assertEquals(List.of("J. Kowalski"), people.stream().map(Entity::label).toList());
    }

    @Test
    void twoPeopleTheInitialCouldStandForLeaveItAlone() {
        List<Entity> people = people("en", "Dr Jan Kowalski, director of the agency, and Dr Julia Kowalski, mayor of the town, "
                + "opened the conference. Dr J. Kowalski, director of the agency, closed it.");
        assertEquals(3, people.size(), people.toString());
    }

    @Test
    void initialsMatchTheFirstLetterAndTheWholeSurname() {
        assertTrue(Initials.abbreviates("J. Nowak", "Jan Nowak"));
        assertTrue(Initials.abbreviates("J. Nowak", "Jan Maria Nowak"));
        assertFalse(Initials.abbreviates("J. Nowak", "Anna Nowak"));
        assertFalse(Initials.abbreviates("J. Nowak", "Jan Nowakowski"));
        assertFalse(Initials.abbreviates("J. Nowak", "J. Nowak"));
        assertEquals(Optional.empty(), Initials.surname("Jan Nowak"));
        assertEquals(Optional.of("Nowak"), Initials.surname("J. Nowak"));
    }

    private static List<Entity> people(String language, String text) {
        Document doc = new Document(new SourceText(Path.of("t.txt"), text, "0".repeat(64), 0), language, true,
                "t", Optional.empty(), Optional.empty());
        LinkedDocument linked = Fixtures.linker().link(doc, Fixtures.extractor().extract(doc));
        return linked.entities().stream().filter(e -> e.type() == MentionType.PERSON).toList();
    }
}
