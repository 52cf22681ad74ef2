package nl.leercultuur.analytics.zone;

import java.math.BigDecimal;

/**
 * The four learning zones of a team from psychological safety and shared ambition (accountability):
 * high safety and high ambition is the learning zone; high safety alone is comfort; high ambition alone is
 * anxiety; neither is apathy. A score at or above the cut-off counts as high.
 */
public final class LearningZones {

    public enum Zone { APATHY, COMFORT, ANXIETY, LEARNING }

    public record Placement(Zone zone, BigDecimal safety, BigDecimal ambition, BigDecimal cutOff) {
    }

    private LearningZones() {
    }

    public static Placement place(BigDecimal safety, BigDecimal ambition, BigDecimal cutOff) {
        boolean safe = safety.compareTo(cutOff) >= 0;
        boolean ambitious = ambition.compareTo(cutOff) >= 0;
        Zone z = safe ? (ambitious ? Zone.LEARNING : Zone.COMFORT) : (ambitious ? Zone.ANXIETY : Zone.APATHY);
        return new Placement(z, safety, ambition, cutOff);
    }
}
