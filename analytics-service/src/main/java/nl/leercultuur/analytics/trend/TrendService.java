package nl.leercultuur.analytics.trend;

import nl.leercultuur.platform.audit.AuditLog;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.leercultuur.analytics.benchmark.ScanFacts;
import nl.leercultuur.analytics.followup.ActionPlans;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The series of scans of an organisation (or one unit) with one instrument, and the change per dimension from the
 * first to the latest scan with results. Across instrument versions a dimension is followed through each version's
 * mapping to the previous one; a dimension without a mapping is not compared.
 * <p>
 * Beside each dimension: the follow-up the team recorded for it on an earlier scan of the series (any scan closed before
 * the latest one with results, the baseline included), so that what was done stands beside what moved. Of those scans
 * the most recent plan that works on the dimension is shown, not a sum: a later plan usually carries on the actions of
 * the one before (an action still open is planned again), so adding the plans up would count the same action twice.
 */
@ApplicationScoped
public class TrendService {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(UUID scanId, OffsetDateTime closedAt, int instrumentVersion, int responseCount, boolean suppressed,
                        BigDecimal overallIndex, Map<String, Double> means) {
    }

    /**
     * What the team recorded for a dimension in the follow-up plan of an earlier scan: the plan's scan, the
     * improvements written down for the dimension and its actions by status (the plan's latest version).
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The follow-up recorded for this dimension in "
            + "the plan of an earlier scan of the series (the most recent such plan); absent when none")
    public record FollowUp(UUID scanId, int improvements, int planned, int doing, int done, int dropped) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String key, String name, String baselineKey, boolean compared, String reason, Double baselineMean,
                         Double latestMean, Double difference, Double cohensD, Double ciLow, Double ciHigh,
                         Boolean meaningful, FollowUp followUp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trend(String organisationId, String instrumentKey, String unitLabel, List<Point> series,
                        UUID baselineScanId, UUID latestScanId, List<Change> changes) {
    }

    private final ScanFacts facts;
    private final Caller caller;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final ActionPlans plans;

    TrendService(ScanFacts facts, Caller caller, AuditLog audit, ObjectMapper json, ActionPlans plans) {
        this.facts = facts;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
        this.plans = plans;
    }

    @Transactional
    public Trend trend(String organisationId, String instrumentKey, String unitLabel) {
        caller.requireReadOf(organisationId);
        audit.read(organisationId);
        List<ScanFacts.Scan> scans = facts.series(organisationId, instrumentKey, unitLabel);
        if (scans.isEmpty()) {
            throw ProblemException.notFound("scans of " + instrumentKey + (unitLabel == null ? "" : " for unit " + unitLabel)
                    + " of organisation", organisationId);
        }
        List<Point> series = scans.stream().map(s -> new Point(s.id(), s.closedAt(), s.instrumentVersion(), s.responseCount(),
                s.suppressed(), s.suppressed() ? null : s.overallIndex(), means(s))).toList();
        List<ScanFacts.Scan> withResults = scans.stream().filter(s -> !s.suppressed() && !s.dimensions().isEmpty()).toList();
        if (withResults.size() < 2) {
            return new Trend(organisationId, instrumentKey, unitLabel, series, null, null, List.of());
        }
        ScanFacts.Scan baseline = withResults.get(0);
        ScanFacts.Scan latest = withResults.get(withResults.size() - 1);
        int latestIndex = scans.indexOf(latest);
        List<ScanFacts.Scan> earlier = scans.subList(0, latestIndex);
        Map<UUID, ActionPlans.Plan> plansBefore = plans.onScans(earlier.stream().map(ScanFacts.Scan::id).toList());
        List<Change> changes = new ArrayList<>();
        for (ScanFacts.Dim d : latest.dimensions().values()) {
            String key = followBack(d.key(), withResults);
            ScanFacts.Dim b = key == null ? null : baseline.dimensions().get(key);
            FollowUp followUp = followUp(d.key(), scans, latestIndex, plansBefore);
            if (b == null) {
                changes.add(new Change(d.key(), d.name(), key, false, key == null
                        ? "no mapping to an earlier instrument version" : "not measured in the baseline scan",
                        null, d.mean(), null, null, null, null, null, followUp));
                continue;
            }
            EffectSize.Result r = EffectSize.between(b.mean(), b.sd(), b.n(), d.mean(), d.sd(), d.n());
            changes.add(r == null
                    ? new Change(d.key(), d.name(), key, false, "too few respondents or no spread to compare",
                    b.mean(), d.mean(), round(d.mean() - b.mean()), null, null, null, null, followUp)
                    : new Change(d.key(), d.name(), key, true, null, b.mean(), d.mean(), round(r.difference()), round(r.d()),
                    round(r.ciLow()), round(r.ciHigh()), r.meaningful(), followUp));
        }
        return new Trend(organisationId, instrumentKey, unitLabel, series, baseline.id(), latest.id(), changes);
    }

    /**
     * The most recent plan on a scan before the latest one ({@code latestIndex} in the whole series) that works on this
     * dimension, under the key the dimension had in that scan's instrument version; null when there is none (or a
     * version change left the dimension unmapped before a plan was found).
     */
    private FollowUp followUp(String key, List<ScanFacts.Scan> series, int latestIndex, Map<UUID, ActionPlans.Plan> plansBefore) {
        String k = key;
        for (int i = latestIndex - 1; i >= 0; i--) {
            ScanFacts.Scan newer = series.get(i + 1);
            ScanFacts.Scan older = series.get(i);
            if (newer.instrumentVersion() != older.instrumentVersion()) {
                k = mapping(newer).get(k);
                if (k == null) {
                    return null;
                }
            }
            ActionPlans.Plan plan = plansBefore.get(older.id());
            ActionPlans.DimensionWork w = plan == null ? null : plan.dimensions().get(k);
            if (w != null) {
                return new FollowUp(older.id(), w.improvements(), w.actions().planned(), w.actions().doing(),
                        w.actions().done(), w.actions().dropped());
            }
        }
        return null;
    }

    /** The key a dimension of the latest scan had in the baseline scan, or null when a version change left it unmapped. */
    private String followBack(String key, List<ScanFacts.Scan> scans) {
        String k = key;
        for (int i = scans.size() - 1; i > 0 && k != null; i--) {
            ScanFacts.Scan newer = scans.get(i);
            ScanFacts.Scan older = scans.get(i - 1);
            if (newer.instrumentVersion() != older.instrumentVersion()) {
                k = mapping(newer).get(k);
            }
        }
        return k;
    }

    private Map<String, String> mapping(ScanFacts.Scan s) {
        if (s.mappingJson() == null) {
            return Map.of();
        }
        try {
            return json.readValue(s.mappingJson(), new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("dimension mapping of scan " + s.id() + " is not a JSON object", e);
        }
    }

    private static Map<String, Double> means(ScanFacts.Scan s) {
        if (s.suppressed()) {
            return null;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        s.dimensions().values().forEach(d -> m.put(d.key(), d.mean()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
