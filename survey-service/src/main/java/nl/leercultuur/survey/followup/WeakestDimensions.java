package nl.leercultuur.survey.followup;

import nl.leercultuur.survey.followup.FollowUpDtos.WeakDimension;
import nl.leercultuur.survey.instrument.InstrumentDefinition;
import nl.leercultuur.survey.scoring.ResultDisclosure;
import nl.leercultuur.survey.scoring.ScanScoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The weakest dimensions of a scan among those its results disclose ({@link ResultDisclosure}): a withheld dimension,
 * or any dimension of a scan below its anonymity threshold, is never among them. Lowest position on the dimension's
 * own scale first, ties by the lower favourable share, then by key — as analytics orders its recommendations.
 */
final class WeakestDimensions {

    private WeakestDimensions() {
    }

    static List<WeakDimension> of(InstrumentDefinition def, ResultDisclosure.Outcome outcome, int limit) {
        if (outcome.suppressed()) {
            return List.of();
        }
        return outcome.dimensions().stream()
                .filter(d -> !d.suppressed())
                .sorted(Comparator.<ResultDisclosure.Disclosed>comparingDouble(d -> position(def, d))
                        .thenComparing(d -> d.stats().favourableShare() == null ? BigDecimal.ONE : d.stats().favourableShare())
                        .thenComparing(d -> d.dimension().key()))
                .limit(limit)
                .map(d -> new WeakDimension(d.dimension().key(),
                        d.dimension().name() == null ? d.dimension().key() : d.dimension().name().getOrDefault("nl", d.dimension().key()),
                        d.stats().mean(), d.stats().favourableShare(), d.dimension().concept()))
                .toList();
    }

    /** Where the mean lies on the dimension's scale, 0 (its minimum) to 1 (its maximum); the mean when the scale is unknown. */
    private static double position(InstrumentDefinition def, ResultDisclosure.Disclosed d) {
        ScanScoring.DimensionStats st = d.stats();
        InstrumentDefinition.Scale scale = d.dimension().items().stream().filter(InstrumentDefinition.Item::isScored)
                .findFirst().flatMap(def::scaleOf).orElse(null);
        if (st.mean() == null) {
            return Double.MAX_VALUE;
        }
        if (scale == null || scale.max() <= scale.min()) {
            return st.mean().doubleValue();
        }
        return (st.mean().doubleValue() - scale.min()) / (scale.max() - scale.min());
    }
}
