package nl.leercultuur.survey.scoring;

import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Dimension;
import nl.leercultuur.survey.instrument.InstrumentDefinition.Item;
import nl.leercultuur.survey.instrument.InstrumentDefinition.ItemType;
import nl.leercultuur.survey.scoring.ScanScoring.DimensionStats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The privacy rule on its own: which figures of a scan may be shown, for hand-picked scans around the edges. */
class ResultDisclosureTest {

    /** a and b without a minimum of their own, strict with a minimum of 8, counted (yes/no only) without a score. */
    static final InstrumentDefinition DEF = new InstrumentDefinition(List.of("nl"), null, List.of(
            dimension("a", null, ItemType.LIKERT),
            dimension("b", null, ItemType.LIKERT),
            dimension("strict", 8, ItemType.FREQUENCY),
            dimension("counted", null, ItemType.YES_NO)), null, null);

    @Test
    void belowTheScanThresholdEverythingIsSuppressed() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 5, 4,
                List.of(stats("a", 4, "3.500"), stats("b", 4, "2.000"), stats("strict", 4, "4.000")));
        assertTrue(out.suppressed());
        assertEquals(List.of(), out.dimensions());
        assertNull(out.overallIndex());
    }

    @Test
    void withNoResponsesAtAllEverythingIsSuppressed() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 3, 0, List.of());
        assertTrue(out.suppressed());
        assertEquals(List.of(), out.dimensions());
        assertNull(out.overallIndex());
    }

    @Test
    void exactlyAtTheThresholdFiguresAreShown() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 5, 5,
                List.of(stats("a", 5, "3.000"), stats("b", 5, "4.000"), stats("strict", 5, "2.000")));
        assertFalse(out.suppressed());
        assertFalse(byKey(out, "a").suppressed(), "n equal to the threshold is enough");
        assertFalse(byKey(out, "b").suppressed());
        assertTrue(byKey(out, "strict").suppressed(), "its own minimum of 8 is stricter than 5");
        assertEquals(new BigDecimal("3.500"), out.overallIndex());
    }

    @Test
    void oneBelowTheThresholdIsSuppressed() {
        assertTrue(ResultDisclosure.decide(DEF, 5, 4, List.of(stats("a", 4, "3.000"))).suppressed());
    }

    @Test
    void aDimensionBelowTheStricterOfScanThresholdAndItsOwnMinimumIsWithheldAlone() {
        // scan threshold 5, strict needs 8: 7 respondents for strict is too few, 8 is enough
        ResultDisclosure.Outcome seven = ResultDisclosure.decide(DEF, 5, 9,
                List.of(stats("a", 9, "3.000"), stats("b", 6, "4.000"), stats("strict", 7, "5.000")));
        assertFalse(seven.suppressed());
        assertEquals(List.of("a", "b", "strict"), keys(seven), "withheld dimensions keep their place");
        assertSame(null, byKey(seven, "strict").stats());
        assertTrue(byKey(seven, "strict").suppressed());
        assertFalse(byKey(seven, "a").suppressed());
        assertFalse(byKey(seven, "b").suppressed());

        ResultDisclosure.Outcome eight = ResultDisclosure.decide(DEF, 5, 9,
                List.of(stats("a", 9, "3.000"), stats("b", 6, "4.000"), stats("strict", 8, "5.000")));
        assertFalse(byKey(eight, "strict").suppressed());
    }

    @Test
    void theScanThresholdAppliesWhenItIsStricterThanTheDimensionsMinimum() {
        // threshold 10 is stricter than strict's own 8: 9 respondents for strict is too few
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 10, 12,
                List.of(stats("a", 12, "3.000"), stats("b", 10, "4.000"), stats("strict", 9, "5.000")));
        assertTrue(byKey(out, "strict").suppressed());
        assertFalse(byKey(out, "b").suppressed());
    }

    @Test
    void aDimensionAFewRespondentsCountedForIsWithheldWhileTheScanIsNot() {
        // 6 responses, but only 4 answered enough of b to count for it
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 5, 6,
                List.of(stats("a", 6, "3.000"), stats("b", 4, "1.000"), stats("strict", 6, "5.000")));
        assertFalse(out.suppressed());
        assertFalse(byKey(out, "a").suppressed());
        assertTrue(byKey(out, "b").suppressed());
        assertTrue(byKey(out, "strict").suppressed());
    }

    @Test
    void aDimensionWithoutStatsIsWithheld() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 3, 10, List.of(stats("a", 10, "4.000")));
        assertTrue(byKey(out, "b").suppressed());
        assertTrue(byKey(out, "strict").suppressed());
        assertEquals(new BigDecimal("4.000"), out.overallIndex());
    }

    @Test
    void theOverallIndexIsTheMeanOfTheShownDimensionsOnly() {
        // b (mean 1.000) is withheld: the index is (3.000 + 5.000) / 2, not (3 + 1 + 5) / 3
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 5, 10,
                List.of(stats("a", 10, "3.000"), stats("b", 4, "1.000"), stats("strict", 9, "5.000")));
        assertEquals(new BigDecimal("4.000"), out.overallIndex());
    }

    @Test
    void theOverallIndexIsRoundedToThreeDecimals() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 3, 10,
                List.of(stats("a", 10, "3.000"), stats("b", 10, "3.000"), stats("strict", 10, "4.000")));
        assertEquals(new BigDecimal("3.333"), out.overallIndex());
    }

    @Test
    void withEveryDimensionWithheldThereIsNoOverallIndex() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 5, 5,
                List.of(stats("a", 4, "3.000"), stats("b", 3, "4.000"), stats("strict", 5, "5.000")));
        assertFalse(out.suppressed());
        assertTrue(out.dimensions().stream().allMatch(ResultDisclosure.Disclosed::suppressed));
        assertNull(out.overallIndex());
    }

    @Test
    void aDimensionWithoutScoredItemsGetsNoScoreAtAll() {
        ResultDisclosure.Outcome out = ResultDisclosure.decide(DEF, 3, 10,
                List.of(stats("a", 10, "3.000"), stats("b", 10, "3.000"), stats("strict", 10, "3.000"), stats("counted", 10, "1.000")));
        assertFalse(keys(out).contains("counted"));
        assertEquals(new BigDecimal("3.000"), out.overallIndex());
    }

    private static Dimension dimension(String key, Integer minRespondents, ItemType type) {
        return new Dimension(key, Map.of("nl", key), null,
                List.of(new Item(key + "-1", Map.of("nl", "?"), type, type == ItemType.YES_NO ? null : "agree", null, null, null)),
                minRespondents);
    }

    private static DimensionStats stats(String key, int n, String mean) {
        return new DimensionStats(key, n, new BigDecimal(mean), BigDecimal.ONE, new BigDecimal("0.5000"), "{}");
    }

    private static ResultDisclosure.Disclosed byKey(ResultDisclosure.Outcome out, String key) {
        return out.dimensions().stream().filter(d -> d.dimension().key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no dimension " + key + " in " + keys(out)));
    }

    private static List<String> keys(ResultDisclosure.Outcome out) {
        return out.dimensions().stream().map(d -> d.dimension().key()).toList();
    }
}
