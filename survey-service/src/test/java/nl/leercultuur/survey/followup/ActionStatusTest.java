package nl.leercultuur.survey.followup;

import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.leercultuur.survey.followup.ActionStatus.DOING;
import static nl.leercultuur.survey.followup.ActionStatus.DONE;
import static nl.leercultuur.survey.followup.ActionStatus.DROPPED;
import static nl.leercultuur.survey.followup.ActionStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An action's lifecycle: every move between two statuses, allowed or refused with the platform's 409. */
class ActionStatusTest {

    static final Map<ActionStatus, Set<ActionStatus>> ALLOWED = Map.of(
            PLANNED, EnumSet.of(DOING, DROPPED),
            DOING, EnumSet.of(DONE, DROPPED),
            DONE, EnumSet.noneOf(ActionStatus.class),
            DROPPED, EnumSet.noneOf(ActionStatus.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                tests.add(DynamicTest.dynamicTest(from + " -> " + to + (allowed ? " allowed" : " refused"), () -> {
                    assertEquals(allowed, from.canBecome(to));
                    if (allowed) {
                        assertSame(to, from.moveTo(to, "action a-1"));
                    } else {
                        ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, "action a-1"));
                        assertEquals(409, e.status());
                        assertEquals("illegal-transition", e.slug());
                        assertEquals("action a-1 is " + from + " and cannot become " + to, e.getMessage());
                    }
                }));
            }
        }
        assertEquals(16, tests.size());
        return tests;
    }

    @Test
    void theMovesAreTheDataOfTheEnumAndDoneAndDroppedAreFinal() {
        for (ActionStatus s : ActionStatus.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
        assertEquals(Set.of(), DONE.next());
        assertEquals(Set.of(), DROPPED.next());
    }
}
