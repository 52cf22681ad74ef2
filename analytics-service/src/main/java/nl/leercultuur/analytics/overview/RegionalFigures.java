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

/** The counting behind the regional overview, without a database: learning zones of teams, follow-up activity and concepts. */
final class RegionalFigures {

    private RegionalFigures() {
    }

    /** Teams per learning zone and the organisations they belong to. */
    record ZoneTally(Map<LearningZones.Zone, Integer> counts, int teams, int organisations) {
    }

    /** One instrument dimension measuring a concept, and how many organisations' latest scans show it. */
    record ConceptMeasure(String instrumentKey, String dimensionKey, int organisations) {
    }

    /**
     * A concept measured by at least two instruments: the dimensions measuring it, and per organisation its position on
     * a 0–100 scale (0 the lowest point of each instrument's answer scale, 100 the highest), the mean over the
     * instruments the organisation ran.
     */
    record ConceptTally(String concept, List<ConceptMeasure> measuredBy, Map<String, Double> perOrganisation) {
    }

    /**
     * Groups the dimensions of the instruments by the concept they measure, where at least two instruments measure the
     * same concept. {@code latestPerInstrument}: per instrument key, each organisation's latest scan with results. A
     * dimension without a concept or without scale bounds (events from before either) is left out. Concepts in the
     * order {@code order} gives (the vocabulary's), unknown ones after, by key.
     */
    static List<ConceptTally> concepts(Map<String, List<ScanFacts.Scan>> latestPerInstrument, List<String> order) {
        Map<String, Map<String, Map<String, Double>>> byConcept = new java.util.TreeMap<>(); // concept -> instrument/dimension -> org -> position
        latestPerInstrument.forEach((instrument, scans) -> {
            for (ScanFacts.Scan s : scans) {
                if (s.suppressed()) {
                    continue;
                }
                for (ScanFacts.Dim d : s.dimensions().values()) {
                    Double position = d.position();
                    if (d.concept() == null || position == null) {
                        continue;
                    }
                    byConcept.computeIfAbsent(d.concept(), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(instrument + "\u0000" + d.key(), k -> new java.util.TreeMap<>())
                            .put(s.organisationId(), 100 * position);
                }
            }
        });
        List<ConceptTally> out = new java.util.ArrayList<>();
        byConcept.forEach((concept, measures) -> {
            Set<String> instruments = new HashSet<>();
            measures.keySet().forEach(m -> instruments.add(m.substring(0, m.indexOf('\u0000'))));
            if (instruments.size() < 2) {
                return;
            }
            List<ConceptMeasure> measuredBy = new java.util.ArrayList<>();
            Map<String, List<Double>> perOrganisation = new java.util.TreeMap<>();
            measures.forEach((m, positions) -> {
                int cut = m.indexOf('\u0000');
                measuredBy.add(new ConceptMeasure(m.substring(0, cut), m.substring(cut + 1), positions.size()));
                positions.forEach((org, p) -> perOrganisation.computeIfAbsent(org, k -> new java.util.ArrayList<>()).add(p));
            });
            Map<String, Double> means = new java.util.TreeMap<>();
            perOrganisation.forEach((org, ps) -> means.put(org, ps.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
            out.add(new ConceptTally(concept, List.copyOf(measuredBy), means));
        });
        out.sort(java.util.Comparator.comparingInt((ConceptTally t) -> {
            int i = order.indexOf(t.concept());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(ConceptTally::concept));
        return out;
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
