package nl.leercultuur.survey.instrument;

import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.instrument.InstrumentVersion.Status;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.DRAFT;
import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.PUBLISHED;
import static nl.leercultuur.survey.instrument.InstrumentVersion.Status.RETIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The instrument version lifecycle as data: every move between two statuses, allowed or refused. */
class InstrumentVersionStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(Status.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                tests.add(DynamicTest.dynamicTest(from + " -> " + to + (allowed ? " allowed" : " refused"), () -> {
                    assertEquals(allowed, from.canBecome(to));
                    if (allowed) {
                        assertSame(to, from.moveTo(to, "version 2 of team-check"));
                    } else {
                        ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, "version 2 of team-check"));
                        assertEquals(409, e.status());
                        assertEquals("illegal-transition", e.slug());
                        assertEquals("version 2 of team-check is " + from + " and cannot become " + to, e.getMessage());
                    }
                }));
            }
        }
        assertEquals(9, tests.size());
        return tests;
    }

    @Test
    void theMovesAreTheDataOfTheEnum() {
        for (Status s : Status.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }
}
