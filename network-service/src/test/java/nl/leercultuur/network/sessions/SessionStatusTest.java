package nl.leercultuur.network.sessions;

import nl.leercultuur.network.sessions.NetworkSession.Status;
import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scheduled session is held or cancelled; a held or cancelled one stays so. */
class SessionStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.SCHEDULED, EnumSet.of(Status.HELD, Status.CANCELLED),
            Status.HELD, EnumSet.noneOf(Status.class),
            Status.CANCELLED, EnumSet.noneOf(Status.class));

    @Test
    void everyAllowedMoveGivesTheTarget() {
        assertEquals(Status.HELD, Status.SCHEDULED.moveTo(Status.HELD, "session 1"));
        assertEquals(Status.CANCELLED, Status.SCHEDULED.moveTo(Status.CANCELLED, "session 1"));
        ALLOWED.forEach((from, targets) -> targets.forEach(to -> assertTrue(from.canBecome(to), from + " → " + to)));
    }

    @Test
    void everyOtherMoveIsAnIllegalTransition() {
        int refused = 0;
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    continue;
                }
                assertFalse(from.canBecome(to), from + " → " + to);
                ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, "session 1"), from + " → " + to);
                assertEquals(409, e.status());
                assertEquals("illegal-transition", e.slug());
                assertEquals("session 1 is " + from + " and cannot become " + to, e.getMessage());
                refused++;
            }
        }
        assertEquals(7, refused, "3 × 3 moves, 2 of them allowed");
    }

    @Test
    void aRefusalNamesTheSessionByItsNumber() {
        NetworkSession s = new NetworkSession();
        s.number = 4;
        s.status = Status.HELD;
        ProblemException e = assertThrows(ProblemException.class, () -> s.status.moveTo(Status.CANCELLED, s.label()));
        assertEquals("session 4 is HELD and cannot become CANCELLED", e.getMessage());
    }

    @Test
    void theMovesAreData() {
        for (Status s : Status.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }
}
