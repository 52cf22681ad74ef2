package nl.leercultuur.survey.instrument;

import nl.leercultuur.survey.instrument.InstrumentVersion.Status;
import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.DRAFT;
import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.PUBLISHED;
import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.RETIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The instrument version lifecycle as data: every move between two statuses, allowed or refused. */
class InstrumentVersionStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(Status.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(Status.class, ALLOWED, "version 2 of team-check");
    }

    @Test
    void theMovesAreTheDataOfTheEnum() {
        for (Status s : Status.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }
}
