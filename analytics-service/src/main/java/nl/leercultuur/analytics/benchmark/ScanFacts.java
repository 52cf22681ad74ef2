package nl.leercultuur.analytics.benchmark;

import nl.leercultuur.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the scan read models that trends and benchmarks are computed from. */
@ApplicationScoped
public class ScanFacts {

    public record Dim(String key, String name, int n, double mean, double sd, BigDecimal favourableShare) {
    }

    public record Scan(UUID id, String organisationId, String sector, String unitLabel, int instrumentVersion,
                       OffsetDateTime closedAt, int responseCount, boolean suppressed, BigDecimal overallIndex,
                       String mappingJson, Map<String, Dim> dimensions) {
    }

    @Inject
    EntityManager em;

    /** The scans of one organisation and instrument (one unit, or organisation-wide when unit is null), oldest first. */
    public List<Scan> series(String organisationId, String instrumentKey, String unitLabel) {
        return unitLabel == null
                ? load("organisation_id = ?1 AND instrument_key = ?2 AND unit_label IS NULL", "closed_at, scan_id", organisationId, instrumentKey)
                : load("organisation_id = ?1 AND instrument_key = ?2 AND unit_label = ?3", "closed_at, scan_id", organisationId, instrumentKey, unitLabel);
    }

    /** The latest scan with results of every organisation for an instrument. */
    public List<Scan> latestPerOrganisation(String instrumentKey) {
        return load("scan_id IN (SELECT DISTINCT ON (organisation_id) scan_id FROM scan_profile WHERE instrument_key = ?1 "
                + "AND NOT suppressed ORDER BY organisation_id, closed_at DESC, scan_id)", "organisation_id", instrumentKey);
    }

    public Scan one(UUID scanId) {
        List<Scan> s = load("scan_id = ?1", "scan_id", scanId);
        return s.isEmpty() ? null : s.get(0);
    }

    private List<Scan> load(String where, String order, Object... params) {
        jakarta.persistence.Query q = em.createNativeQuery("SELECT scan_id, organisation_id, sector, unit_label, instrument_version, "
                + "closed_at, response_count, suppressed, overall_index, dimension_mapping::text FROM scan_profile WHERE "
                + where + " ORDER BY " + order);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        // the dimension scores of all these scans in one query (benchmarks read every organisation's latest scan)
        Map<UUID, Map<String, Dim>> dims = dims(rows.stream().map(r -> (UUID) r[0]).toList());
        List<Scan> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            out.add(new Scan(id, (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    SqlValues.offsetDateTime(r[5]), ((Number) r[6]).intValue(), (Boolean) r[7], (BigDecimal) r[8], (String) r[9],
                    dims.getOrDefault(id, Map.of())));
        }
        return out;
    }

    private Map<UUID, Map<String, Dim>> dims(List<UUID> scanIds) {
        Map<UUID, Map<String, Dim>> out = new java.util.HashMap<>();
        if (scanIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT scan_id, dimension_key, name, n, mean, sd, favourable_share FROM dimension_score "
                        + "WHERE scan_id = ANY (CAST(?1 AS uuid[])) ORDER BY scan_id, dimension_key")
                .setParameter(1, SqlValues.arrayLiteral(scanIds)).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).put((String) r[1], new Dim((String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue(), (BigDecimal) r[6]));
        }
        return out;
    }

}
