package nl.leercultuur.analytics.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.analytics.benchmark.ScanFacts;
import nl.leercultuur.analytics.followup.ActionPlans;
import nl.leercultuur.analytics.zone.LearningZones;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The counting behind the regional overview, without a database: learning zones of teams and follow-up activity. */
final class RegionalFigures {

    private RegionalFigures() {
    }

    /** Teams per learning zone and the organisations they belong to. */
    record ZoneTally(Map<LearningZones.Zone, Integer> counts, int teams, int organisations) {
    }

    /** Follow-up plans on the selection's scans, added up. */
    record PlanTally(int scansClosed, int scansWithPlan, int organisationsWithPlan, ActionPlans.Improvements improvements,
                     ActionPlans.Actions actions) {

        /** The share of the closed scans that have a plan (three decimals), null without scans. */
        Double shareWithPlan() {
            return scansClosed == 0 ? null : Math.round(1000.0 * scansWithPlan / scansClosed) / 1000.0;
        }
    }

    /**
     * A team is an organisation's unit (or the organisation as a whole for a scan without unit); it counts once, in the
     * zone of its latest scan (of {@code scans}, oldest first) that places it: a scan with results whose instrument
     * has a learning zone and that shows both its dimensions.
     */
    static ZoneTally zones(List<ScanFacts.Scan> scans, ObjectMapper json) {
        Map<String, LearningZones.Zone> perTeam = new LinkedHashMap<>();
        Map<String, String> organisationOf = new LinkedHashMap<>();
        for (ScanFacts.Scan s : scans) {
            LearningZones.Placement p = placement(s, json);
            if (p == null) {
                continue;
            }
            String team = s.organisationId() + "\u0000" + (s.unitLabel() == null ? "" : s.unitLabel());
            perTeam.put(team, p.zone());
            organisationOf.put(team, s.organisationId());
        }
        Map<LearningZones.Zone, Integer> counts = new EnumMap<>(LearningZones.Zone.class);
        for (LearningZones.Zone z : LearningZones.Zone.values()) {
            counts.put(z, 0);
        }
        perTeam.values().forEach(z -> counts.merge(z, 1, Integer::sum));
        return new ZoneTally(counts, perTeam.size(), new HashSet<>(organisationOf.values()).size());
    }

    static LearningZones.Placement placement(ScanFacts.Scan s, ObjectMapper json) {
        if (s.suppressed() || s.scoringJson() == null) {
            return null;
        }
        try {
            JsonNode scoring = json.readTree(s.scoringJson());
            return LearningZones.fromScoring(scoring, key -> {
                ScanFacts.Dim d = s.dimensions().get(key);
                return d == null ? null : new LearningZones.Score(BigDecimal.valueOf(d.mean()), d.scaleMin(), d.scaleMax());
            });
        } catch (Exception e) {
            return null; // a scoring rule that cannot be read places nobody
        }
    }

    /** The plans recorded on the selection's scans (a plan on a scan outside it does not count). */
    static PlanTally plans(List<ScanFacts.Scan> scans, Map<UUID, ActionPlans.Plan> plans) {
        int withPlan = 0;
        Set<String> organisations = new HashSet<>();
        ActionPlans.Improvements improvements = ActionPlans.Improvements.NONE;
        ActionPlans.Actions actions = ActionPlans.Actions.NONE;
        for (ScanFacts.Scan s : scans) {
            ActionPlans.Plan p = plans.get(s.id());
            if (p == null) {
                continue;
            }
            withPlan++;
            organisations.add(s.organisationId());
            improvements = improvements.plus(p.improvements());
            actions = actions.plus(p.actions());
        }
        return new PlanTally(scans.size(), withPlan, organisations.size(), improvements, actions);
    }
}
