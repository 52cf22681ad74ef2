package nl.leercultuur.network.learning;

import nl.leercultuur.network.learning.CaseMeasurements.DimensionChange;
import nl.leercultuur.network.learning.CaseMeasurements.Measurements;
import nl.leercultuur.network.learning.CaseMeasurements.ComparisonState;
import nl.leercultuur.network.scans.ScanFacts;
import nl.leercultuur.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The before/after comparison of a case and the rules for choosing its scans, over plain facts. */
class CaseMeasurementsTest {

    static final String ORG = "laurens";
    static final OffsetDateTime JAN = OffsetDateTime.parse("2026-01-15T10:00:00Z");
    static final OffsetDateTime JUN = OffsetDateTime.parse("2026-06-15T10:00:00Z");

    static ScanFacts.Dimension shown(String key, String mean) {
        return new ScanFacts.Dimension(key, "Naam " + key, new BigDecimal(mean), 8);
    }

    static ScanFacts.Dimension withheld(String key) {
        return new ScanFacts.Dimension(key, "Naam " + key, null, null);
    }

    static ScanFacts scan(OffsetDateTime closedAt, ScanFacts.Dimension... dims) {
        return new ScanFacts(UUID.randomUUID(), ORG, "Team Zuid", "team-psychological-safety", closedAt, false, List.of(dims));
    }

    static ScanFacts suppressed(OffsetDateTime closedAt) {
        return new ScanFacts(UUID.randomUUID(), ORG, "Team Zuid", "team-psychological-safety", closedAt, true, List.of());
    }

    static Measurements compare(ScanFacts before, ScanFacts after, String... chosen) {
        return CaseMeasurements.compare(before.scanId(), before, after.scanId(), after, List.of(chosen));
    }

    @Test
    void withoutAChoiceEveryDimensionBothScansDiscloseIsComparedInTheInstrumentsOrder() {
        ScanFacts before = scan(JAN, shown("safety", "4.10"), shown("ambition", "3.50"), withheld("learning"), shown("feedback", "5.0"));
        ScanFacts after = scan(JUN, shown("feedback", "4.5"), shown("learning", "4.0"), shown("safety", "4.85"), withheld("ambition"));
        Measurements m = compare(before, after);
        assertEquals(ComparisonState.COMPARED, m.state());
        assertEquals(List.of("safety", "feedback"), m.dimensions().stream().map(DimensionChange::key).toList());
        DimensionChange safety = m.dimensions().get(0);
        assertEquals(new BigDecimal("4.10"), safety.before());
        assertEquals(new BigDecimal("4.85"), safety.after());
        assertEquals(0, new BigDecimal("0.75").compareTo(safety.difference()));
        assertFalse(safety.withheld());
        assertEquals(0, new BigDecimal("-0.5").compareTo(m.dimensions().get(1).difference()));
    }

    @Test
    void aChosenDimensionWithheldInEitherScanSaysSoWithoutFigures() {
        ScanFacts before = scan(JAN, shown("safety", "4.1"), withheld("learning"), shown("ambition", "3.5"));
        ScanFacts after = scan(JUN, shown("safety", "4.9"), shown("learning", "4.0"), withheld("ambition"));
        Measurements m = compare(before, after, "ambition", "learning", "safety");
        assertEquals(List.of("ambition", "learning", "safety"), m.dimensions().stream().map(DimensionChange::key).toList());
        DimensionChange ambition = m.dimensions().get(0);
        assertTrue(ambition.withheld());
        assertEquals(List.of("evaluation"), ambition.withheldIn());
        assertNull(ambition.before());
        assertNull(ambition.after());
        assertNull(ambition.difference());
        assertEquals("Naam ambition", ambition.name());
        DimensionChange learning = m.dimensions().get(1);
        assertTrue(learning.withheld());
        assertEquals(List.of("baseline"), learning.withheldIn());
        assertNull(learning.after(), "the figure the evaluation disclosed is not shown alone");
        assertFalse(m.dimensions().get(2).withheld());
    }

    @Test
    void aSuppressedScanGivesNoFiguresAtAll() {
        ScanFacts before = scan(JAN, shown("safety", "4.1"));
        ScanFacts after = suppressed(JUN);
        Measurements none = compare(before, after);
        assertEquals(ComparisonState.SUPPRESSED, none.state());
        assertTrue(none.dimensions().isEmpty());
        Measurements chosen = compare(before, after, "safety");
        assertEquals(ComparisonState.SUPPRESSED, chosen.state());
        assertTrue(chosen.dimensions().get(0).withheld());
        assertEquals(List.of("evaluation"), chosen.dimensions().get(0).withheldIn());
        assertTrue(chosen.evaluation().suppressed());
    }

    @Test
    void onlyABaselineAwaitsTheEvaluationAndAnUnknownScanKeepsItsIdOnly() {
        ScanFacts before = scan(JAN, shown("safety", "4.1"));
        Measurements waiting = CaseMeasurements.compare(before.scanId(), before, null, null, List.of("safety"));
        assertEquals(ComparisonState.AWAITING_EVALUATION, waiting.state());
        assertTrue(waiting.dimensions().isEmpty());
        assertEquals(JAN, waiting.baseline().closedAt());
        assertNull(waiting.evaluation());
        UUID gone = UUID.randomUUID();
        Measurements unknown = CaseMeasurements.compare(before.scanId(), before, gone, null, List.of());
        assertEquals(ComparisonState.SCAN_UNKNOWN, unknown.state());
        assertEquals(gone, unknown.evaluation().scanId());
        assertNull(unknown.evaluation().closedAt());
        assertNull(CaseMeasurements.compare(null, null, null, null, List.of()));
    }

    static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void theRulesForChoosingScans() {
        ScanFacts before = scan(JAN, shown("safety", "4.1"), withheld("ambition"));
        ScanFacts after = scan(JUN, shown("safety", "4.5"), shown("ambition", "4.0"));
        assertEquals(List.of(), CaseMeasurements.problems(ORG, before.scanId(), before, after.scanId(), after, List.of("safety", "ambition")));
        assertEquals(List.of(), CaseMeasurements.problems(ORG, before.scanId(), before, null, null, List.of()));
        assertEquals(List.of(), CaseMeasurements.problems(ORG, null, null, null, null, List.of("anything-yet")));
        // not known (not closed yet)
        assertEquals(List.of("baselineScanId"), fields(CaseMeasurements.problems(ORG, UUID.randomUUID(), null, null, null, List.of())));
        assertEquals(List.of("evaluationScanId"), fields(CaseMeasurements.problems(ORG, before.scanId(), before, UUID.randomUUID(), null, List.of())));
        // another organisation's scan
        assertEquals(List.of("baselineScanId"), fields(CaseMeasurements.problems("ikazia", before.scanId(), before, null, null, List.of())));
        // an evaluation needs a baseline, and closes after it
        assertEquals(List.of("evaluationScanId"), fields(CaseMeasurements.problems(ORG, null, null, after.scanId(), after, List.of())));
        assertEquals(List.of("evaluationScanId"), fields(CaseMeasurements.problems(ORG, after.scanId(), after, before.scanId(), before, List.of())));
        assertEquals(List.of("evaluationScanId"), fields(CaseMeasurements.problems(ORG, before.scanId(), before, before.scanId(), before, List.of())));
        // the same instrument
        ScanFacts other = new ScanFacts(UUID.randomUUID(), ORG, "Team Zuid", "learning-climate", JUN, false, List.of(shown("safety", "4")));
        assertTrue(CaseMeasurements.problems(ORG, before.scanId(), before, other.scanId(), other, List.of()).get(0).message().contains("instrument"));
        // dimensions the scans have
        assertEquals(List.of("dimensions"), fields(CaseMeasurements.problems(ORG, before.scanId(), before, after.scanId(), after, List.of("safety", "nope"))));
        // a suppressed scan names no dimensions: nothing to check them against
        ScanFacts hidden = suppressed(JAN);
        assertEquals(List.of(), CaseMeasurements.problems(ORG, hidden.scanId(), hidden, null, null, List.of("safety")));
    }
}
