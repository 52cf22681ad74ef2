package nl.leercultuur.analytics.benchmark;

import nl.leercultuur.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

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

    private final EntityManager em;

    ScanFacts(EntityManager em) {
        this.em = em;
    }

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
                + "closed_at, response_count, suppressed, overall_index, dimension_mapping::text AS dimension_mapping "
                + "FROM scan_profile WHERE " + where + " ORDER BY " + order, Tuple.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        // the dimension scores of all these scans in one query (benchmarks read every organisation's latest scan)
        Map<UUID, Map<String, Dim>> dims = dims(rows.stream().map(t -> t.get("scan_id", UUID.class)).toList());
        List<Scan> out = new ArrayList<>();
        for (Tuple t : rows) {
            UUID id = t.get("scan_id", UUID.class);
            out.add(new Scan(id, t.get("organisation_id", String.class), t.get("sector", String.class),
                    t.get("unit_label", String.class), ((Number) t.get("instrument_version")).intValue(),
                    SqlValues.offsetDateTime(t.get("closed_at")), ((Number) t.get("response_count")).intValue(),
                    t.get("suppressed", Boolean.class), (BigDecimal) t.get("overall_index"), t.get("dimension_mapping", String.class),
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
        List<Tuple> rows = em.createNativeQuery("SELECT scan_id, dimension_key, name, n, mean, sd, favourable_share FROM dimension_score "
                        + "WHERE scan_id = ANY (CAST(?1 AS uuid[])) ORDER BY scan_id, dimension_key", Tuple.class)
                .setParameter(1, SqlValues.arrayLiteral(scanIds)).getResultList();
        for (Tuple t : rows) {
            String key = t.get("dimension_key", String.class);
            out.computeIfAbsent(t.get("scan_id", UUID.class), k -> new LinkedHashMap<>()).put(key, new Dim(key,
                    t.get("name", String.class), ((Number) t.get("n")).intValue(), ((Number) t.get("mean")).doubleValue(),
                    ((Number) t.get("sd")).doubleValue(), (BigDecimal) t.get("favourable_share")));
        }
        return out;
    }

}
