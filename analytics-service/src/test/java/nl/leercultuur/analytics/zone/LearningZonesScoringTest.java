package nl.leercultuur.analytics.zone;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Placing a team from its scan's scoring rule and dimension scores (the profile and the regional overview both do). */
class LearningZonesScoringTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static LearningZones.Score score(String mean) {
        return new LearningZones.Score(new BigDecimal(mean), new BigDecimal("1"), new BigDecimal("7"));
    }

    static LearningZones.Placement place(String scoring, Map<String, LearningZones.Score> scores) throws Exception {
        return LearningZones.fromScoring(JSON.readTree(scoring), scores::get);
    }

    @Test
    void theRuleNamesTheDimensionsAndTheCutOff() throws Exception {
        LearningZones.Placement p = place("{\"learningZone\":{\"safety\":\"s\",\"ambition\":\"a\",\"cutOff\":5}}",
                Map.of("s", score("5.2"), "a", score("4.9")));
        assertEquals(LearningZones.Zone.COMFORT, p.zone());
        assertEquals(0, new BigDecimal("5").compareTo(p.cutOff()));
    }

    @Test
    void withoutACutOffTheMiddleOfTheSafetyScaleCounts() throws Exception {
        LearningZones.Placement p = place("{\"learningZone\":{\"safety\":\"s\",\"ambition\":\"a\"}}",
                Map.of("s", score("4.0"), "a", score("3.9")));
        assertEquals(0, new BigDecimal("4").compareTo(p.cutOff()));
        assertEquals(LearningZones.Zone.COMFORT, p.zone());
    }

    @Test
    void noRuleOrAMissingDimensionPlacesNobody() throws Exception {
        assertNull(place("{}", Map.of("s", score("5"), "a", score("5"))));
        assertNull(place("{\"learningZone\":{\"safety\":\"s\",\"ambition\":\"a\"}}", Map.of("s", score("5"))));
        assertNull(LearningZones.fromScoring(null, k -> score("5")));
        assertNull(LearningZones.fromScoring(JSON.readTree("{\"learningZone\":{\"safety\":\"s\",\"ambition\":\"a\"}}"),
                k -> new LearningZones.Score(new BigDecimal("5"), null, null)), "no cut-off and no scale: no placement");
    }
}
