package nl.leercultuur.catalog.resource;

import nl.leercultuur.catalog.resource.Resource.Status;
import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curation lifecycle of a catalogue entry: every move it allows, and every one it refuses as 409 illegal-transition. */
class ResourceLifecycleTest {

    /** DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, IN_REVIEW → DRAFT (sent back), ARCHIVED → DRAFT (revived). */
    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.DRAFT, Set.of(Status.IN_REVIEW),
            Status.IN_REVIEW, Set.of(Status.PUBLISHED, Status.DRAFT),
            Status.PUBLISHED, Set.of(Status.ARCHIVED),
            Status.ARCHIVED, Set.of(Status.DRAFT));

    @Test
    void theAllowedMovesAreExactlyTheWorkflow() {
        for (Status from : Status.values()) {
            assertEquals(ALLOWED.get(from), from.next(), "moves from " + from);
        }
    }

    @Test
    void everyAllowedMoveIsMade() {
        ALLOWED.forEach((from, targets) -> targets.forEach(to -> {
            assertTrue(from.canBecome(to), from + " -> " + to);
            assertSame(to, from.moveTo(to, "entry x"), from + " -> " + to);
        }));
    }

    @Test
    void everyOtherMoveIsRefusedAsAnIllegalTransition() {
        int refused = 0;
        for (Status from : Status.values()) {
            for (Status to : EnumSet.complementOf(EnumSet.copyOf(ALLOWED.get(from)))) {
                assertFalse(from.canBecome(to), from + " -> " + to);
                ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, "entry 42"), from + " -> " + to);
                assertEquals(409, e.status());
                assertEquals("illegal-transition", e.slug());
                assertEquals("entry 42 is " + from + " and cannot become " + to, e.getMessage());
                refused++;
            }
        }
        assertEquals(16 - 5, refused, "four statuses, five allowed moves: the rest (staying put included) are refused");
    }
}
