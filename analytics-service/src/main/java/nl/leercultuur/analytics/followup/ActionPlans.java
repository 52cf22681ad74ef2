package nl.leercultuur.analytics.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nl.leercultuur.platform.sql.SqlValues;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the follow-up plans kept from survey.action-plan-updated.v1 (the latest plan per scan): what the trend puts
 * beside a dimension and what the regional overview counts.
 */
@ApplicationScoped
public class ActionPlans {

    /** Actions by status. */
    public record Actions(int planned, int doing, int done, int dropped) {
        public Actions plus(Actions o) {
            return new Actions(planned + o.planned, doing + o.doing, done + o.done, dropped + o.dropped);
        }

        public static final Actions NONE = new Actions(0, 0, 0, 0);
    }

    /** How many strengths and short- and long-term improvements a team wrote down. */
    public record Improvements(int strengths, int shortTerm, int longTerm) {
        public Improvements plus(Improvements o) {
            return new Improvements(strengths + o.strengths, shortTerm + o.shortTerm, longTerm + o.longTerm);
        }

        public static final Improvements NONE = new Improvements(0, 0, 0);
    }

    /** One dimension the plan works on: its improvements and its actions. */
    public record DimensionWork(String key, int improvements, Actions actions) {
    }

    /** The latest plan of one scan. */
    public record Plan(UUID scanId, String organisationId, String instrumentKey, OffsetDateTime updatedAt,
                       Improvements improvements, Actions actions, Map<String, DimensionWork> dimensions) {
    }

    private final EntityManager em;

    ActionPlans(EntityManager em) {
        this.em = em;
    }

    /** The plans recorded on these scans, by scan id (a scan without a plan is absent). */
    public Map<UUID, Plan> onScans(Collection<UUID> scanIds) {
        Map<UUID, Plan> out = new LinkedHashMap<>();
        if (scanIds.isEmpty()) {
            return out;
        }
        String ids = SqlValues.arrayLiteral(scanIds);
        @SuppressWarnings("unchecked")
        List<Tuple> dims = em.createNativeQuery("SELECT scan_id, dimension_key, improvements, planned, doing, done, dropped "
                        + "FROM action_plan_dimension WHERE scan_id IN (SELECT unnest(CAST(?1 AS uuid[]))) ORDER BY scan_id, dimension_key", Tuple.class)
                .setParameter(1, ids).getResultList();
        Map<UUID, Map<String, DimensionWork>> work = new HashMap<>();
        for (Tuple t : dims) {
            String key = t.get("dimension_key", String.class);
            work.computeIfAbsent(t.get("scan_id", UUID.class), k -> new LinkedHashMap<>())
                    .put(key, new DimensionWork(key, count(t, "improvements"), actions(t)));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> plans = em.createNativeQuery("SELECT scan_id, organisation_id, instrument_key, updated_at, strengths, short_term, "
                        + "long_term, planned, doing, done, dropped FROM action_plan WHERE scan_id IN (SELECT unnest(CAST(?1 AS uuid[]))) "
                        + "ORDER BY scan_id", Tuple.class)
                .setParameter(1, ids).getResultList();
        for (Tuple t : plans) {
            UUID id = t.get("scan_id", UUID.class);
            out.put(id, new Plan(id, t.get("organisation_id", String.class), t.get("instrument_key", String.class),
                    SqlValues.offsetDateTime(t.get("updated_at")),
                    new Improvements(count(t, "strengths"), count(t, "short_term"), count(t, "long_term")), actions(t),
                    work.getOrDefault(id, Map.of())));
        }
        return out;
    }

    private static Actions actions(Tuple t) {
        return new Actions(count(t, "planned"), count(t, "doing"), count(t, "done"), count(t, "dropped"));
    }

    private static int count(Tuple t, String column) {
        return ((Number) t.get(column)).intValue();
    }
}
