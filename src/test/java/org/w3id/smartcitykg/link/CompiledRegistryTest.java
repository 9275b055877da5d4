package org.w3id.smartcitykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry compiled at build time holds what its Turtle says, in the same order. */
class CompiledRegistryTest {
    @Test
    void compiledRegistryEqualsTheTurtle() {
        List<String> parsed = ProgrammeRegistry.fromTurtle().programmes().stream().map(Object::toString).toList();
        List<String> compiled = ProgrammeRegistry.load().programmes().stream().map(Object::toString).toList();
        assertEquals(parsed, compiled);
    }
}
