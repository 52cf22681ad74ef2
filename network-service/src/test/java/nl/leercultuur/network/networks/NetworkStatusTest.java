package nl.leercultuur.network.networks;

import nl.leercultuur.network.networks.Network.Status;
import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A network's status moves PLANNED → RUNNING → COMPLETED, one step at a time, never back. */
class NetworkStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.PLANNED, EnumSet.of(Status.RUNNING),
            Status.RUNNING, EnumSet.of(Status.COMPLETED),
            Status.COMPLETED, EnumSet.noneOf(Status.class));

    @Test
    void everyAllowedMoveGivesTheTarget() {
        assertEquals(Status.RUNNING, Status.PLANNED.moveTo(Status.RUNNING, "network n"));
        assertEquals(Status.COMPLETED, Status.RUNNING.moveTo(Status.COMPLETED, "network n"));
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
                ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, "network n"), from + " → " + to);
                assertEquals(409, e.status());
                assertEquals("illegal-transition", e.slug());
                assertEquals("network n is " + from + " and cannot become " + to, e.getMessage());
                refused++;
            }
        }
        assertEquals(7, refused, "3 × 3 moves, 2 of them allowed");
    }

    @Test
    void theMovesAreData() {
        for (Status s : Status.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }
}
