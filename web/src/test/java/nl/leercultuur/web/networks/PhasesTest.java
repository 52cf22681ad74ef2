package nl.leercultuur.web.networks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhasesTest {

    @Test
    void theListMarksPhasesBehindTheCurrentOneAndAhead() {
        List<Phases.Step> steps = Phases.steps("develop-solutions", String::toUpperCase);
        assertEquals(6, steps.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), steps.stream().map(Phases.Step::number).toList());
        assertEquals("DEVELOP-SOLUTIONS", steps.get(2).label());
        assertTrue(steps.get(0).done() && steps.get(1).done());
        assertTrue(steps.get(2).current());
        assertFalse(steps.get(2).done());
        assertTrue(steps.get(3).ahead() && steps.get(5).ahead());
        assertEquals(1, steps.stream().filter(Phases.Step::current).count(), "exactly one current phase");
    }

    @Test
    void anUnknownPhaseMarksNone() {
        List<Phases.Step> steps = Phases.steps("something-else", k -> k);
        assertTrue(steps.stream().noneMatch(s -> s.current() || s.done()));
        assertTrue(Phases.steps(null, k -> k).stream().allMatch(Phases.Step::ahead));
    }

    @Test
    void nextIsOneStepForwardUntilTheLast() {
        assertEquals(Optional.of("explore-problem"), Phases.next("ready"));
        assertEquals(Optional.of("reflect-and-present"), Phases.next("experiment"));
        assertEquals(Optional.empty(), Phases.next("reflect-and-present"));
        assertEquals(Optional.empty(), Phases.next("nonsense"));
    }

    @Test
    void earlierPhasesAreThoseBefore() {
        assertEquals(List.of(), Phases.earlier("ready"));
        assertEquals(List.of("ready", "explore-problem"), Phases.earlier("develop-solutions"));
        assertEquals(List.of(), Phases.earlier("unknown"));
    }

    @Test
    void movesFollowTheApisRule() {
        assertTrue(Phases.mayMove("ready", "explore-problem"), "one forward");
        assertFalse(Phases.mayMove("ready", "develop-solutions"), "no skipping ahead");
        assertTrue(Phases.mayMove("experiment", "ready"), "back to any earlier phase");
        assertFalse(Phases.mayMove("experiment", "experiment"), "not to itself");
        assertFalse(Phases.mayMove("experiment", "other"));
        assertTrue(Phases.isPhase("sharpen-and-share"));
        assertFalse(Phases.isPhase(null));
    }
}
