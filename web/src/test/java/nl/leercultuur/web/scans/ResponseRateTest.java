package nl.leercultuur.web.scans;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseRateTest {

    @Test
    void responsesOutOfTheExpectedPopulation() {
        ResponseRate r = ResponseRate.of(6, 8, 6);
        assertEquals(6, r.responses());
        assertEquals(8, r.population());
        assertEquals(75, r.percent());
        assertEquals(75, r.bar());
        assertTrue(r.known());
    }

    @Test
    void withoutAnExpectedPopulationTheCodesHandedOutCount() {
        ResponseRate r = ResponseRate.of(3, null, 12);
        assertEquals(12, r.population());
        assertEquals(25, r.percent());
        assertEquals(12, ResponseRate.of(3, 0, 12).population(), "a population of 0 is no population");
    }

    @Test
    void neitherKnownMeansNoPercentage() {
        ResponseRate r = ResponseRate.of(4, null, 0);
        assertFalse(r.known());
        assertNull(r.percent());
        assertNull(r.population());
        assertEquals(0, r.bar());
        assertEquals(4, r.responses());
    }

    @Test
    void roundedHalfUp() {
        assertEquals(33, ResponseRate.of(1, 3, null).percent());
        assertEquals(67, ResponseRate.of(2, 3, null).percent());
        assertEquals(13, ResponseRate.of(1, 8, null).percent(), "12.5 rounds up");
        assertEquals(0, ResponseRate.of(0, 24, null).percent());
    }

    @Test
    void morePeopleThanExpectedShowsTheRealPercentageButAFullBar() {
        ResponseRate r = ResponseRate.of(30, 24, null);
        assertEquals(125, r.percent());
        assertEquals(100, r.bar());
    }

    @Test
    void noResponsesYet() {
        assertEquals(0, ResponseRate.of(null, 10, null).responses());
        assertEquals(0, ResponseRate.of(null, 10, null).percent());
    }
}
