package nl.leercultuur.survey.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.leercultuur.survey.instrument.InstrumentDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anonymity rule as properties over random scans: thresholds, response counts, per-dimension minimums and the
 * number of respondents who count for each dimension. No figure is shown for a group below its threshold; every
 * figure that may be shown is; the overall index rests only on what is shown.
 */
class DisclosurePropertiesTest {

    /** A dimension of the random instrument: its own minimum (or none) and how many respondents counted for it. */
    record Dim(Integer minRespondents, int counted, int meanTenths) {
    }

    @Property(tries = 3000)
    void noFigureForAGroupBelowItsThresholdAndEveryAllowedFigureShown(@ForAll @IntRange(min = 3, max = 25) int threshold,
                                                                       @ForAll @IntRange(min = 0, max = 80) int responses,
                                                                       @ForAll("dimensions") List<Dim> dims) {
        List<InstrumentDefinition.Dimension> defs = new ArrayList<>();
        List<ScanScoring.DimensionStats> stats = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Dim d = dims.get(i);
            String key = "d" + i;
            defs.add(new InstrumentDefinition.Dimension(key, Map.of("nl", key), null, List.of(new InstrumentDefinition.Item(
                    key + "-1", Map.of("nl", "?"), InstrumentDefinition.ItemType.LIKERT, "agree", null, null, null)), d.minRespondents()));
            int n = Math.min(d.counted(), responses); // nobody counts for a dimension who did not respond
            stats.add(new ScanScoring.DimensionStats(key, n, BigDecimal.valueOf(d.meanTenths(), 1), BigDecimal.ONE, null, "{}"));
        }
        InstrumentDefinition def = new InstrumentDefinition(List.of("nl"), null, defs, null, null);

        ResultDisclosure.Outcome out = ResultDisclosure.decide(def, threshold, responses, stats);

        if (responses < threshold) {
            assertTrue(out.suppressed());
            assertTrue(out.dimensions().isEmpty(), "no dimension of a scan below its threshold");
            assertNull(out.overallIndex());
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int shown = 0;
        for (int i = 0; i < dims.size(); i++) {
            ResultDisclosure.Disclosed d = out.dimensions().get(i);
            int n = stats.get(i).n();
            int needed = Math.max(threshold, dims.get(i).minRespondents() == null ? 0 : dims.get(i).minRespondents());
            if (d.suppressed()) {
                assertTrue(n < needed, "withheld although " + n + " >= " + needed);
            } else {
                assertTrue(n >= needed, "shown for " + n + " respondents, needs " + needed);
                sum = sum.add(d.stats().mean());
                shown++;
            }
        }
        assertEquals(shown == 0 ? null : sum.divide(BigDecimal.valueOf(shown), 3, RoundingMode.HALF_UP), out.overallIndex(),
                "the overall index is the mean of the shown dimensions only");
    }

    @Provide
    Arbitrary<List<Dim>> dimensions() {
        Arbitrary<Integer> minimum = Arbitraries.integers().between(3, 40).injectNull(0.4);
        return Combinators.combine(minimum, Arbitraries.integers().between(0, 80), Arbitraries.integers().between(10, 50))
                .as(Dim::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
