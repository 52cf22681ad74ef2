package nl.leercultuur.catalog.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DutchQueryTest {

    @Test
    void verbFormsAlsoTryTheirStem() {
        assertEquals("(leert | leer)", DutchQuery.tsquery("leert"));
        assertEquals("(geleerd | leer | geleer)", DutchQuery.tsquery("Geleerd"));
        assertEquals("leren & (lerend | leren)", DutchQuery.tsquery("leren lerend"));
    }

    @Test
    void onlyWordsReachTheQuery() {
        assertEquals("a & b & creëer", DutchQuery.tsquery("a')|!(b <-> creëer"));
        assertNull(DutchQuery.tsquery(" !? "));
        assertNull(DutchQuery.tsquery(null));
    }
}
