package nl.leercultuur.survey.scan;

import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.leercultuur.survey.scan.ScanStatus.ARCHIVED;
import static nl.leercultuur.survey.scan.ScanStatus.CLOSED;
import static nl.leercultuur.survey.scan.ScanStatus.DRAFT;
import static nl.leercultuur.survey.scan.ScanStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan lifecycle as data: every move between two statuses, allowed or refused. */
class ScanStatusTest {

    static final Map<ScanStatus, Set<ScanStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(OPEN),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ScanStatus.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(ScanStatus.class, ALLOWED, "scan s-1");
    }

    @Test
    void theMovesAreTheDataOfTheEnum() {
        for (ScanStatus s : ScanStatus.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }

    @Test
    void nothingMovesToItselfAndArchivedIsTheEnd() {
        for (ScanStatus s : ScanStatus.values()) {
            assertFalse(s.canBecome(s), s.name());
        }
        assertTrue(ARCHIVED.next().isEmpty());
    }
}
