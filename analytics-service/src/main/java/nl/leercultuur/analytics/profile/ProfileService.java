package nl.leercultuur.analytics.profile;

import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.sql.SqlValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.analytics.profile.ProfileDtos.DimensionProfile;
import nl.leercultuur.analytics.profile.ProfileDtos.ScanProfile;
import nl.leercultuur.analytics.zone.LearningZones;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProfileService {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;
    @Inject
    nl.leercultuur.analytics.benchmark.BenchmarkService benchmarks;
    @Inject
    nl.leercultuur.analytics.benchmark.ScanFacts facts;

    @Transactional
    public ScanProfile profile(UUID scanId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT scan_id, organisation_id, organisation_name, sector, region, unit_label, title, instrument_key,
                       instrument_version, closed_at, response_count, response_rate, suppressed, overall_index, scoring::text
                FROM scan_profile WHERE scan_id = ?1""").setParameter(1, scanId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("scan profile", scanId);
        }
        Object[] r = rows.get(0);
        caller.requireReadOf((String) r[1]);
        audit.read((String) r[1]);
        @SuppressWarnings("unchecked")
        List<Object[]> dims = em.createNativeQuery("""
                SELECT dimension_key, name, n, mean, sd, favourable_share, scale_min, scale_max
                FROM dimension_score WHERE scan_id = ?1 ORDER BY dimension_key""").setParameter(1, scanId).getResultList();
        List<DimensionProfile> dimensions = dims.stream().map(d -> new DimensionProfile((String) d[0], (String) d[1],
                ((Number) d[2]).intValue(), (BigDecimal) d[3], (BigDecimal) d[4], (BigDecimal) d[5], (BigDecimal) d[6],
                (BigDecimal) d[7])).toList();
        boolean suppressed = (Boolean) r[12];
        return new ScanProfile((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], ((Number) r[8]).intValue(), SqlValues.offsetDateTime(r[9]), ((Number) r[10]).intValue(),
                (BigDecimal) r[11], suppressed, suppressed ? null : (BigDecimal) r[13], dimensions,
                suppressed ? null : zone((String) r[14], dimensions),
                suppressed ? null : benchmarks.forScan(facts.one((UUID) r[0]), (String) r[7]));
    }

    private LearningZones.Placement zone(String scoring, List<DimensionProfile> dims) {
        if (scoring == null) {
            return null;
        }
        try {
            JsonNode lz = json.readTree(scoring).get("learningZone");
            if (lz == null) {
                return null;
            }
            Map<String, DimensionProfile> byKey = dims.stream().collect(Collectors.toMap(DimensionProfile::key, Function.identity()));
            DimensionProfile safety = byKey.get(lz.path("safety").asText());
            DimensionProfile ambition = byKey.get(lz.path("ambition").asText());
            if (safety == null || ambition == null) {
                return null;
            }
            BigDecimal cut = lz.has("cutOff") ? lz.get("cutOff").decimalValue()
                    : safety.scaleMin().add(safety.scaleMax()).divide(BigDecimal.valueOf(2));
            return LearningZones.place(safety.mean(), ambition.mean(), cut);
        } catch (Exception e) {
            return null;
        }
    }

}
