package nl.leercultuur.network.sessions;

import nl.leercultuur.network.sessions.NetworkSession.Status;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A scheduled session is held or cancelled; a held or cancelled one stays so. */
class SessionStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.SCHEDULED, EnumSet.of(Status.HELD, Status.CANCELLED),
            Status.HELD, EnumSet.noneOf(Status.class),
            Status.CANCELLED, EnumSet.noneOf(Status.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(Status.class, ALLOWED, "session 1");
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
