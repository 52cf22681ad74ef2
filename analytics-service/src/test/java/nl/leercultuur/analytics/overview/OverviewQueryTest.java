package nl.leercultuur.analytics.overview;

import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverviewQueryTest {

    @Test
    void thePeriodIsWholeDaysInTheRegionsTime() {
        OverviewQuery q = OverviewQuery.of(" Rotterdam-Rijnmond ", "", "2026-03-29", "2026-03-29");
        assertEquals("Rotterdam-Rijnmond", q.region());
        assertNull(q.sector());
        // the day summer time starts: 23 hours long
        assertEquals(OffsetDateTime.parse("2026-03-28T23:00:00Z").toInstant(), q.closedFrom().toInstant());
        assertEquals(OffsetDateTime.parse("2026-03-29T22:00:00Z").toInstant(), q.closedBefore().toInstant());
    }

    @Test
    void openEndsStayOpen() {
        OverviewQuery q = OverviewQuery.of(null, null, null, "2026-12-31");
        assertNull(q.closedFrom());
        assertEquals(LocalDate.parse("2026-12-31"), q.to());
    }

    @Test
    void aStartAfterTheEndAndMalformedDatesAreRefusedNamingTheField() {
        ProblemException after = assertThrows(ProblemException.class, () -> OverviewQuery.of(null, null, "2026-07-01", "2026-01-01"));
        assertEquals(422, after.status());
        assertEquals("from", after.errors().get(0).field());
        ProblemException both = assertThrows(ProblemException.class, () -> OverviewQuery.of(null, null, "1-1-2026", "2026-13-01"));
        assertEquals(java.util.List.of("from", "to"), both.errors().stream().map(e -> e.field()).toList());
        assertTrue(both.getMessage().contains("1-1-2026"), both.getMessage());
        assertEquals("from", assertThrows(ProblemException.class, () -> OverviewQuery.of(null, null, "2026-02-29", null))
                .errors().get(0).field(), "2026 is no leap year");
    }
}
