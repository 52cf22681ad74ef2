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

/** Reads the scan read models that trends, benchmarks and the regional overview are computed from. */
@ApplicationScoped
public class ScanFacts {

    /** One dimension score; {@code concept}: the vocabulary's concept it measures (null: a custom dimension naming none). */
    public record Dim(String key, String name, int n, double mean, double sd, BigDecimal favourableShare,
                      BigDecimal scaleMin, BigDecimal scaleMax, String concept) {

        public Dim(String key, String name, int n, double mean, double sd, BigDecimal favourableShare,
                   BigDecimal scaleMin, BigDecimal scaleMax) {
            this(key, name, n, mean, sd, favourableShare, scaleMin, scaleMax, null);
        }

        /** Where the mean lies on the dimension's answer scale, 0 (its lowest point) to 1 (its highest); null without bounds. */
        public Double position() {
            if (scaleMin == null || scaleMax == null || scaleMax.compareTo(scaleMin) <= 0) {
                return null;
            }
            return (mean - scaleMin.doubleValue()) / (scaleMax.doubleValue() - scaleMin.doubleValue());
        }
    }

    public record Scan(UUID id, String organisationId, String sector, String unitLabel, String instrumentKey, int instrumentVersion,
                       OffsetDateTime closedAt, int responseCount, BigDecimal responseRate, boolean suppressed,
                       BigDecimal overallIndex, String mappingJson, String scoringJson, Map<String, Dim> dimensions) {
    }

    /**
     * Which scans the regional overview looks at: of a region and a sector (null: any), closed at or after
     * {@code closedFrom} and before {@code closedBefore} (null: open).
     */
    public record Selection(String region, String sector, OffsetDateTime closedFrom, OffsetDateTime closedBefore) {
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

    /**
     * Of these scans, each organisation's latest with results (the rule {@link #latestPerOrganisation(String)} applies
     * in SQL: not suppressed, latest closed, the lower scan id on a tie), ordered by organisation.
     */
    public static List<Scan> latestPerOrganisation(List<Scan> scans) {
        Map<String, Scan> latest = new java.util.TreeMap<>();
        for (Scan s : scans) {
            if (s.suppressed()) {
                continue;
            }
            latest.merge(s.organisationId(), s, (a, b) -> {
                int c = a.closedAt().compareTo(b.closedAt());
                return c != 0 ? (c > 0 ? a : b) : (a.id().toString().compareTo(b.id().toString()) <= 0 ? a : b);
            });
        }
        return List.copyOf(latest.values());
    }

    /** Every scan in the selection (with or without results), oldest first. */
    public List<Scan> selection(Selection s) {
        Where w = new Where().and("region", "=", s.region()).and("sector", "=", s.sector())
                .and("closed_at", ">=", s.closedFrom()).and("closed_at", "<", s.closedBefore());
        return load(w.sql(), "closed_at, scan_id", w.params.toArray());
    }

    /**
     * The organisations of a region and a sector (null: any) as each one's latest scan profile gives them: the read
     * models know an organisation's region and sector only from its scans.
     */
    public java.util.Set<String> organisationsOf(String region, String sector) {
        Where w = new Where().and("region", "=", region).and("sector", "=", sector);
        jakarta.persistence.Query q = em.createNativeQuery("SELECT organisation_id FROM (SELECT DISTINCT ON (organisation_id) "
                + "organisation_id, region, sector FROM scan_profile ORDER BY organisation_id, closed_at DESC, scan_id) latest WHERE "
                + w.sql(), Tuple.class);
        for (int i = 0; i < w.params.size(); i++) {
            q.setParameter(i + 1, w.params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        java.util.Set<String> out = new java.util.TreeSet<>();
        rows.forEach(t -> out.add(t.get("organisation_id", String.class)));
        return out;
    }

    /** A WHERE clause of optional conditions: a condition whose value is null is left out. */
    private static final class Where {
        private final List<String> clauses = new ArrayList<>(List.of("TRUE"));
        private final List<Object> params = new ArrayList<>();

        Where and(String column, String operator, Object value) {
            if (value != null) {
                params.add(value);
                clauses.add(column + " " + operator + " ?" + params.size());
            }
            return this;
        }

        String sql() {
            return String.join(" AND ", clauses);
        }
    }

    public Scan one(UUID scanId) {
        List<Scan> s = load("scan_id = ?1", "scan_id", scanId);
        return s.isEmpty() ? null : s.get(0);
    }

    private List<Scan> load(String where, String order, Object... params) {
        jakarta.persistence.Query q = em.createNativeQuery("SELECT scan_id, organisation_id, sector, unit_label, instrument_key, "
                + "instrument_version, closed_at, response_count, response_rate, suppressed, overall_index, "
                + "dimension_mapping::text AS dimension_mapping, scoring::text AS scoring "
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
                    t.get("unit_label", String.class), t.get("instrument_key", String.class),
                    ((Number) t.get("instrument_version")).intValue(), SqlValues.offsetDateTime(t.get("closed_at")),
                    ((Number) t.get("response_count")).intValue(), (BigDecimal) t.get("response_rate"),
                    t.get("suppressed", Boolean.class), (BigDecimal) t.get("overall_index"), t.get("dimension_mapping", String.class),
                    t.get("scoring", String.class), dims.getOrDefault(id, Map.of())));
        }
        return out;
    }

    private Map<UUID, Map<String, Dim>> dims(List<UUID> scanIds) {
        Map<UUID, Map<String, Dim>> out = new java.util.HashMap<>();
        if (scanIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT scan_id, dimension_key, name, n, mean, sd, favourable_share, scale_min, scale_max, concept "
                        + "FROM dimension_score "
                        + "WHERE scan_id IN (SELECT unnest(CAST(?1 AS uuid[]))) ORDER BY scan_id, dimension_key", Tuple.class)
                .setParameter(1, SqlValues.arrayLiteral(scanIds)).getResultList();
        for (Tuple t : rows) {
            String key = t.get("dimension_key", String.class);
            out.computeIfAbsent(t.get("scan_id", UUID.class), k -> new LinkedHashMap<>()).put(key, new Dim(key,
                    t.get("name", String.class), ((Number) t.get("n")).intValue(), ((Number) t.get("mean")).doubleValue(),
                    ((Number) t.get("sd")).doubleValue(), (BigDecimal) t.get("favourable_share"),
                    (BigDecimal) t.get("scale_min"), (BigDecimal) t.get("scale_max"), t.get("concept", String.class)));
        }
        return out;
    }

}
