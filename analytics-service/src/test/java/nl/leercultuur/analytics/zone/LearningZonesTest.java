package nl.leercultuur.analytics.zone;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LearningZonesTest {

    static LearningZones.Zone zone(String safety, String ambition) {
        return LearningZones.place(new BigDecimal(safety), new BigDecimal(ambition), new BigDecimal("4.0")).zone();
    }

    @Test
    void fourQuadrants() {
        assertEquals(LearningZones.Zone.LEARNING, zone("5.5", "6.0"));
        assertEquals(LearningZones.Zone.COMFORT, zone("5.5", "2.0"));
        assertEquals(LearningZones.Zone.ANXIETY, zone("2.5", "6.0"));
        assertEquals(LearningZones.Zone.APATHY, zone("2.5", "2.0"));
    }

    @Test
    void theCutOffItselfCountsAsHigh() {
        assertEquals(LearningZones.Zone.LEARNING, zone("4.0", "4.0"));
        assertEquals(LearningZones.Zone.COMFORT, zone("4.0", "3.999"));
        assertEquals(LearningZones.Zone.ANXIETY, zone("3.999", "4.0"));
    }
}
