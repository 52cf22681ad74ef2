package nl.leercultuur.analytics.profile;

import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.sql.SqlValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.analytics.benchmark.ScanFacts;
import nl.leercultuur.analytics.profile.ProfileDtos.DimensionProfile;
import nl.leercultuur.analytics.profile.ProfileDtos.ScanProfile;
import nl.leercultuur.analytics.zone.LearningZones;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProfileService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final BenchmarkService benchmarks;
    private final ScanFacts facts;

    ProfileService(EntityManager em, Caller caller, AuditLog audit, ObjectMapper json, BenchmarkService benchmarks, ScanFacts facts) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
        this.benchmarks = benchmarks;
        this.facts = facts;
    }

    @Transactional
    public ScanProfile profile(UUID scanId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT scan_id, organisation_id, organisation_name, sector, region, unit_label, title, instrument_key,
                       instrument_version, closed_at, response_count, response_rate, suppressed, overall_index,
                       scoring::text AS scoring
                FROM scan_profile WHERE scan_id = ?1""", Tuple.class).setParameter(1, scanId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("scan profile", scanId);
        }
        Tuple r = rows.get(0);
        String organisationId = r.get("organisation_id", String.class);
        caller.requireReadOf(organisationId);
        audit.read(organisationId);
        @SuppressWarnings("unchecked")
        List<Tuple> dims = em.createNativeQuery("""
                SELECT dimension_key, name, n, mean, sd, favourable_share, scale_min, scale_max, concept
                FROM dimension_score WHERE scan_id = ?1 ORDER BY dimension_key""", Tuple.class).setParameter(1, scanId).getResultList();
        List<DimensionProfile> dimensions = dims.stream().map(d -> new DimensionProfile(d.get("dimension_key", String.class),
                d.get("name", String.class), ((Number) d.get("n")).intValue(), (BigDecimal) d.get("mean"), (BigDecimal) d.get("sd"),
                (BigDecimal) d.get("favourable_share"), (BigDecimal) d.get("scale_min"), (BigDecimal) d.get("scale_max"),
                d.get("concept", String.class))).toList();
        boolean suppressed = r.get("suppressed", Boolean.class);
        UUID id = r.get("scan_id", UUID.class);
        String instrumentKey = r.get("instrument_key", String.class);
        return new ScanProfile(id, organisationId, r.get("organisation_name", String.class), r.get("sector", String.class),
                r.get("region", String.class), r.get("unit_label", String.class), r.get("title", String.class), instrumentKey,
                ((Number) r.get("instrument_version")).intValue(), SqlValues.offsetDateTime(r.get("closed_at")),
                ((Number) r.get("response_count")).intValue(), (BigDecimal) r.get("response_rate"), suppressed,
                suppressed ? null : (BigDecimal) r.get("overall_index"), dimensions,
                suppressed ? null : zone(r.get("scoring", String.class), dimensions),
                suppressed ? null : benchmarks.forScan(facts.one(id), instrumentKey));
    }

    private LearningZones.Placement zone(String scoring, List<DimensionProfile> dims) {
        if (scoring == null) {
            return null;
        }
        try {
            Map<String, DimensionProfile> byKey = dims.stream().collect(Collectors.toMap(DimensionProfile::key, Function.identity()));
            return LearningZones.fromScoring(json.readTree(scoring), key -> {
                DimensionProfile d = byKey.get(key);
                return d == null ? null : new LearningZones.Score(d.mean(), d.scaleMin(), d.scaleMax());
            });
        } catch (Exception e) {
            return null;
        }
    }

}
