package nl.leercultuur.analytics.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.analytics.benchmark.ScanFacts;
import nl.leercultuur.analytics.followup.ActionPlans;
import nl.leercultuur.analytics.zone.LearningZones;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RegionalFiguresTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RULE = "{\"learningZone\":{\"safety\":\"s\",\"ambition\":\"a\",\"cutOff\":4}}";

    static ScanFacts.Scan scan(String org, String unit, String closedAt, String scoring, Double safety, Double ambition) {
        Map<String, ScanFacts.Dim> dims = new java.util.LinkedHashMap<>();
        if (safety != null) {
            dims.put("s", new ScanFacts.Dim("s", "s", 30, safety, 0.8, null, BigDecimal.ONE, BigDecimal.valueOf(7)));
        }
        if (ambition != null) {
            dims.put("a", new ScanFacts.Dim("a", "a", 30, ambition, 0.8, null, BigDecimal.ONE, BigDecimal.valueOf(7)));
        }
        return new ScanFacts.Scan(UUID.randomUUID(), org, "hospital", unit, "i", 1, OffsetDateTime.parse(closedAt), 30, null,
                false, null, null, scoring, dims);
    }

    @Test
    void eachTeamCountsOnceInTheZoneOfItsLatestPlacedScan() {
        List<ScanFacts.Scan> scans = List.of(
                scan("a", "Team 1", "2026-01-01T10:00:00Z", RULE, 2.0, 2.0), // apathy, then
                scan("a", "Team 1", "2026-02-01T10:00:00Z", RULE, 5.0, 5.0), // learning
                scan("a", "Team 1", "2026-03-01T10:00:00Z", RULE, 5.0, null), // ambition withheld: places nobody
                scan("a", null, "2026-01-01T10:00:00Z", RULE, 5.0, 3.0), // the organisation as a whole: comfort
                scan("b", "Team 1", "2026-01-01T10:00:00Z", RULE, 3.0, 5.0), // another organisation's Team 1: anxiety
                scan("c", "Team 9", "2026-01-01T10:00:00Z", null, 5.0, 5.0)); // an instrument without zones
        RegionalFigures.ZoneTally t = RegionalFigures.zones(scans, JSON);
        assertEquals(3, t.teams());
        assertEquals(2, t.organisations());
        assertEquals(1, t.counts().get(LearningZones.Zone.LEARNING));
        assertEquals(1, t.counts().get(LearningZones.Zone.COMFORT));
        assertEquals(1, t.counts().get(LearningZones.Zone.ANXIETY));
        assertEquals(0, t.counts().get(LearningZones.Zone.APATHY));
    }

    @Test
    void plansAreCountedOnTheSelectionsScansOnly() {
        ScanFacts.Scan one = scan("a", null, "2026-01-01T10:00:00Z", null, 3.0, 3.0);
        ScanFacts.Scan two = scan("b", null, "2026-01-01T10:00:00Z", null, 3.0, 3.0);
        ScanFacts.Scan three = scan("b", "x", "2026-01-01T10:00:00Z", null, 3.0, 3.0);
        UUID elsewhere = UUID.randomUUID();
        Map<UUID, ActionPlans.Plan> plans = Map.of(
                one.id(), plan(one.id(), new ActionPlans.Actions(1, 2, 3, 4)),
                three.id(), plan(three.id(), new ActionPlans.Actions(1, 0, 1, 0)),
                elsewhere, plan(elsewhere, new ActionPlans.Actions(9, 9, 9, 9)));
        RegionalFigures.PlanTally t = RegionalFigures.plans(List.of(one, two, three), plans);
        assertEquals(3, t.scansClosed());
        assertEquals(2, t.scansWithPlan());
        assertEquals(2, t.organisationsWithPlan());
        assertEquals(new ActionPlans.Actions(2, 2, 4, 4), t.actions());
        assertEquals(new ActionPlans.Improvements(2, 4, 0), t.improvements());
        assertEquals(0.667, t.shareWithPlan(), 1e-9);
        assertNull(RegionalFigures.plans(List.of(), plans).shareWithPlan());
    }

    static ActionPlans.Plan plan(UUID scan, ActionPlans.Actions actions) {
        return new ActionPlans.Plan(scan, "a", "i", OffsetDateTime.parse("2026-01-02T10:00:00Z"), new ActionPlans.Improvements(1, 2, 0),
                actions, Map.of());
    }

    static ScanFacts.Scan measured(String org, String instrument, String key, double mean, int max, String concept) {
        Map<String, ScanFacts.Dim> dims = Map.of(key, new ScanFacts.Dim(key, key, 30, mean, 0.8, null, BigDecimal.ONE,
                BigDecimal.valueOf(max), concept));
        return new ScanFacts.Scan(UUID.randomUUID(), org, "hospital", null, instrument, 1,
                OffsetDateTime.parse("2026-01-01T10:00:00Z"), 30, null, false, null, null, null, dims);
    }

    @Test
    void conceptsMeasuredByTwoInstrumentsAreGroupedOnOneScaleOneValuePerOrganisation() {
        Map<String, List<ScanFacts.Scan>> latest = new java.util.TreeMap<>(Map.of(
                "carriers", List.of(measured("a", "carriers", "room", 3.0, 5, "psychological-safety"), // 50
                        measured("b", "carriers", "room", 5.0, 5, "psychological-safety"), // 100
                        measured("c", "carriers", "room", 2.0, 5, null)), // no concept: left out
                "tps", List.of(measured("a", "tps", "safety", 7.0, 7, "psychological-safety"), // 100
                        measured("d", "tps", "safety", 2.5, 7, "psychological-safety")), // 25
                "alone", List.of(measured("a", "alone", "x", 3.0, 5, "team-learning"), // one instrument only: not grouped
                        measured("b", "alone", "y", 3.0, 5, "team-learning"))));
        List<RegionalFigures.ConceptTally> t = RegionalFigures.concepts(latest, List.of("team-learning", "psychological-safety"));
        assertEquals(1, t.size());
        assertEquals("psychological-safety", t.get(0).concept());
        assertEquals(List.of(new RegionalFigures.ConceptMeasure("carriers", "room", 2), new RegionalFigures.ConceptMeasure("tps", "safety", 2)),
                t.get(0).measuredBy());
        // a ran both: (50 + 100) / 2
        assertEquals(Map.of("a", 75.0, "b", 100.0, "d", 25.0), t.get(0).perOrganisation());
    }

    @Test
    void aDimensionWithoutScaleBoundsIsLeftOutOfItsConcept() {
        ScanFacts.Scan noBounds = new ScanFacts.Scan(UUID.randomUUID(), "a", "hospital", null, "old", 1,
                OffsetDateTime.parse("2026-01-01T10:00:00Z"), 30, null, false, null, null, null,
                Map.of("s", new ScanFacts.Dim("s", "s", 30, 4.0, 0.8, null, null, null, "psychological-safety")));
        List<RegionalFigures.ConceptTally> t = RegionalFigures.concepts(Map.of("old", List.of(noBounds),
                "tps", List.of(measured("b", "tps", "safety", 4.0, 7, "psychological-safety"))), List.of());
        assertEquals(List.of(), t);
    }
}
