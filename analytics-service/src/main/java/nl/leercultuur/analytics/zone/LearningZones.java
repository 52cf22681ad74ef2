package nl.leercultuur.analytics.zone;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The four learning zones of a team from psychological safety and shared ambition (accountability):
 * high safety and high ambition is the learning zone; high safety alone is comfort; high ambition alone is
 * anxiety; neither is apathy. A score at or above the cut-off counts as high. Which dimensions stand for safety and
 * ambition, and the cut-off, come from the instrument's scoring ({@code {"learningZone": {"safety": …, "ambition": …,
 * "cutOff": …}}}); without a cut-off the middle of the safety dimension's scale is used.
 */
public final class LearningZones {

    public enum Zone { APATHY, COMFORT, ANXIETY, LEARNING }

    public record Placement(Zone zone, BigDecimal safety, BigDecimal ambition, BigDecimal cutOff) {
    }

    /** A dimension's mean with its scale, as far as placing a team needs it. */
    public record Score(BigDecimal mean, BigDecimal scaleMin, BigDecimal scaleMax) {
    }

    private LearningZones() {
    }

    /**
     * The placement a scan's scoring rule asks for, from the scan's dimension scores ({@code scores} gives the score of
     * a dimension key, or null when the scan does not show it); null when the instrument has no learning zone or a
     * dimension the rule needs is not shown.
     */
    public static Placement fromScoring(JsonNode scoring, Function<String, Score> scores) {
        JsonNode lz = scoring == null ? null : scoring.get("learningZone");
        if (lz == null || !lz.isObject()) {
            return null;
        }
        Score safety = scores.apply(lz.path("safety").asText());
        Score ambition = scores.apply(lz.path("ambition").asText());
        if (safety == null || ambition == null || safety.mean() == null || ambition.mean() == null) {
            return null;
        }
        BigDecimal cut;
        if (lz.hasNonNull("cutOff") && lz.get("cutOff").isNumber()) {
            cut = lz.get("cutOff").decimalValue();
        } else if (safety.scaleMin() != null && safety.scaleMax() != null) {
            cut = safety.scaleMin().add(safety.scaleMax()).divide(BigDecimal.valueOf(2));
        } else {
            return null;
        }
        return place(safety.mean(), ambition.mean(), cut);
    }

    public static Placement place(BigDecimal safety, BigDecimal ambition, BigDecimal cutOff) {
        boolean safe = safety.compareTo(cutOff) >= 0;
        boolean ambitious = ambition.compareTo(cutOff) >= 0;
        Zone z = safe ? (ambitious ? Zone.LEARNING : Zone.COMFORT) : (ambitious ? Zone.ANXIETY : Zone.APATHY);
        return new Placement(z, safety, ambition, cutOff);
    }
}
