package org.w3id.smartcitykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EuCountryTest {
    @Test
    void kosovoHasTheEuTableCodeThoughTheJdkKnowsNone() {
        assertEquals(IriScheme.EU_COUNTRY + "XKX", IriScheme.euCountry("XK").getURI());
        assertEquals(IriScheme.EU_COUNTRY + "POL", IriScheme.euCountry("PL").getURI());
    }
}
