package nl.leercultuur.network.learning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhasesTest {

    @Test
    void oneStepForwardOrAnyStepBack() {
        assertTrue(Phases.mayMove("ready", "explore-problem"));
        assertTrue(Phases.mayMove("experiment", "explore-problem"));
        assertFalse(Phases.mayMove("ready", "develop-solutions"), "no skipping ahead");
        assertFalse(Phases.mayMove("experiment", "experiment"), "staying is not a move");
        assertFalse(Phases.mayMove("ready", "dreaming"));
    }
}
