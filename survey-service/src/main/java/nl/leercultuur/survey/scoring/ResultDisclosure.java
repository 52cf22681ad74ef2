package nl.leercultuur.survey.scoring;

import nl.leercultuur.survey.instrument.InstrumentDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which results of a scan may be shown. Nothing is shown when the scan has fewer responses than its
 * anonymity threshold. A single dimension is withheld when fewer respondents count for it than the stricter of
 * the scan's threshold and the instrument's own minimum for that dimension. The overall index is the unweighted
 * mean of the dimensions that are shown.
 */
public final class ResultDisclosure {

    /** One dimension in the instrument's order; {@code stats} is null when withheld. */
    public record Disclosed(InstrumentDefinition.Dimension dimension, ScanScoring.DimensionStats stats) {
        public boolean suppressed() {
            return stats == null;
        }
    }

    public record Outcome(boolean suppressed, List<Disclosed> dimensions, BigDecimal overallIndex) {
    }

    private ResultDisclosure() {
    }

    public static Outcome decide(InstrumentDefinition def, int threshold, int responseCount,
                                 List<ScanScoring.DimensionStats> stats) {
        if (responseCount < threshold) {
            return new Outcome(true, List.of(), null);
        }
        Map<String, ScanScoring.DimensionStats> byKey = stats.stream()
                .collect(Collectors.toMap(ScanScoring.DimensionStats::key, Function.identity()));
        List<Disclosed> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int shown = 0;
        for (InstrumentDefinition.Dimension d : def.dimensions()) {
            ScanScoring.DimensionStats s = byKey.get(d.key());
            if (d.scoredItemCount() == 0) {
                continue; // only counted answers (yes/no, choices, open text): no dimension score
            }
            if (s == null || s.n() < d.respondentsNeeded(threshold)) {
                out.add(new Disclosed(d, null));
            } else {
                out.add(new Disclosed(d, s));
                sum = sum.add(s.mean());
                shown++;
            }
        }
        BigDecimal overall = shown == 0 ? null : sum.divide(BigDecimal.valueOf(shown), 3, RoundingMode.HALF_UP);
        return new Outcome(false, out, overall);
    }
}
