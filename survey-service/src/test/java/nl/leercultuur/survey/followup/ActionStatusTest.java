package nl.leercultuur.survey.followup;

import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.leercultuur.survey.followup.ActionStatus.DOING;
import static nl.leercultuur.survey.followup.ActionStatus.DONE;
import static nl.leercultuur.survey.followup.ActionStatus.DROPPED;
import static nl.leercultuur.survey.followup.ActionStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An action's lifecycle: every move between two statuses, allowed or refused with the platform's 409. */
class ActionStatusTest {

    static final Map<ActionStatus, Set<ActionStatus>> ALLOWED = Map.of(
            PLANNED, EnumSet.of(DOING, DROPPED),
            DOING, EnumSet.of(DONE, DROPPED),
            DONE, EnumSet.noneOf(ActionStatus.class),
            DROPPED, EnumSet.noneOf(ActionStatus.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(ActionStatus.class, ALLOWED, "action a-1");
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
