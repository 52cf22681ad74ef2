package nl.leercultuur.platform.lifecycle;

import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    enum Door implements Lifecycle<Door> {
        CLOSED, OPEN, LOCKED;

        @Override
        public Set<Door> next() {
            return switch (this) {
                case CLOSED -> Set.of(OPEN, LOCKED);
                case OPEN -> Set.of(CLOSED);
                case LOCKED -> Set.of(CLOSED);
            };
        }
    }

    @Test
    void anAllowedMoveGivesTheTarget() {
        assertEquals(Door.OPEN, Door.CLOSED.moveTo(Door.OPEN, "door 1"));
        assertTrue(Door.LOCKED.canBecome(Door.CLOSED));
    }

    @Test
    void anyOtherMoveIsTheOneIllegalTransitionProblem() {
        assertFalse(Door.OPEN.canBecome(Door.LOCKED));
        ProblemException e = assertThrows(ProblemException.class, () -> Door.OPEN.moveTo(Door.LOCKED, "door 1"));
        assertEquals(409, e.status());
        assertEquals("illegal-transition", e.slug());
        assertEquals("door 1 is OPEN and cannot become LOCKED", e.getMessage());
        assertThrows(ProblemException.class, () -> Door.OPEN.moveTo(Door.OPEN, "door 1"), "staying is not a move");
    }
}
