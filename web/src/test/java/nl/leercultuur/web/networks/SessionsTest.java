package nl.leercultuur.web.networks;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    static SessionRow session(int number, OffsetDateTime start, String status) {
        return new SessionRow(UUID.randomUUID(), number, "Bijeenkomst " + number, null, start, start.plusHours(3), null, null,
                null, null, null, status, null, null, Map.of("laurens", new SessionRow.Attendance(2, 1, 1, 0),
                "ikazia", new SessionRow.Attendance(1, 1, 0, 0)));
    }

    @Test
    void upcomingAreScheduledAndNotOverSoonestFirst() {
        SessionRow past = session(1, NOW.minusDays(30), SessionRow.HELD);
        SessionRow running = session(2, NOW.minusHours(1), SessionRow.SCHEDULED); // ends in two hours
        SessionRow later = session(4, NOW.plusDays(60), SessionRow.SCHEDULED);
        SessionRow soon = session(3, NOW.plusDays(7), SessionRow.SCHEDULED);
        SessionRow cancelled = session(5, NOW.plusDays(90), SessionRow.CANCELLED);
        SessionRow forgotten = session(6, NOW.minusDays(2), SessionRow.SCHEDULED);
        Schedule s = Schedule.of(List.of(past, later, soon, running, cancelled, forgotten), NOW);
        assertEquals(List.of(running, soon, later), s.upcoming());
        assertEquals(List.of(cancelled, forgotten, past), s.past(), "latest first");
        assertEquals(Optional.of(running), s.next());
        assertTrue(forgotten.awaitingClosure(NOW));
        assertFalse(past.awaitingClosure(NOW));
        assertEquals(7, Schedule.nextNumber(List.of(past, later, soon, running, cancelled, forgotten)));
        assertEquals(1, Schedule.nextNumber(List.of()));
        assertEquals(Optional.empty(), Schedule.of(List.of(past), NOW).next());
    }

    @Test
    void attendanceIsAddedUpOverOrganisations() {
        SessionRow s = session(1, NOW, SessionRow.HELD);
        assertEquals(3, s.registeredTotal());
        assertEquals(2, s.presentTotal());
    }

    @Test
    void timesAreAmsterdamWallClockTime() {
        // 12:30 UTC in March is 13:30 in Amsterdam (CET)
        OffsetDateTime start = OffsetDateTime.of(2024, 3, 12, 12, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("dinsdag 12 maart 2024, 13:30–16:30", Times.range(start, start.plusHours(3), Locale.forLanguageTag("nl")));
        assertEquals("Tuesday 12 March 2024, 13:30–16:30", Times.range(start, start.plusHours(3), Locale.ENGLISH));
        assertEquals("dinsdag 12 maart 2024, 13:30 – woensdag 13 maart 2024, 10:00",
                Times.range(start, start.plusHours(20).plusMinutes(30), Locale.forLanguageTag("nl")));
        assertEquals("", Times.range(null, null, Locale.ENGLISH));
        // summer time: 11:30 UTC in June is 13:30 in Amsterdam (CEST)
        assertEquals("2026-06-10T13:30", Times.inputValue(OffsetDateTime.of(2026, 6, 10, 11, 30, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void aDatetimeLocalInputBecomesTheApisLocalDateTime() {
        assertEquals(Optional.of("2027-02-10T14:00:00"), Times.apiLocal("2027-02-10T14:00"));
        assertEquals(Optional.of("2027-02-10T14:00:30"), Times.apiLocal(" 2027-02-10T14:00:30 "));
        assertEquals(Optional.empty(), Times.apiLocal(""));
        assertEquals(Optional.empty(), Times.apiLocal("10-02-2027 14:00"));
        assertEquals(Optional.empty(), Times.apiLocal(null));
    }

    @Test
    void presenceRecordsTheRegisteredAndWhoCameWithoutRegistering() {
        UUID anna = UUID.randomUUID(), bob = UUID.randomUUID(), cas = UUID.randomUUID(), dirk = UUID.randomUUID();
        List<PresencePlan.Mark> marks = PresencePlan.of(List.of(anna, bob), List.of(cas, dirk), Set.of(anna, cas, UUID.randomUUID()));
        assertEquals(List.of(new PresencePlan.Mark(anna, "PRESENT"), new PresencePlan.Mark(bob, "ABSENT"),
                new PresencePlan.Mark(cas, "PRESENT")), marks, "dirk (not registered, not ticked) is not recorded; a stranger's tick is ignored");
        assertEquals(Set.of(anna), PresencePlan.ticked(List.of(anna.toString(), "not-an-id", " ")));
        assertTrue(PresencePlan.ticked(null).isEmpty());
    }

    @Test
    void listsTypedIntoATextarea() {
        assertEquals(List.of("Feedback geven", "Werkplekleren"), FormLists.lines("  Feedback geven \r\n\n Werkplekleren\nFeedback geven\n"));
        UUID a = UUID.fromString("11111111-1111-4111-8111-111111111111");
        UUID b = UUID.fromString("22222222-2222-4222-8222-222222222222");
        FormLists.Ids ids = FormLists.ids("https://leercultuur.nl/catalogus/11111111-1111-4111-8111-111111111111\n"
                + "22222222-2222-4222-8222-222222222222\n/catalogus/11111111-1111-4111-8111-111111111111\nde werkvorm van vorige keer");
        assertEquals(List.of(a, b), ids.ids());
        assertEquals(List.of("de werkvorm van vorige keer"), ids.unreadable());
        assertTrue(FormLists.ids("").ids().isEmpty());
    }
}
