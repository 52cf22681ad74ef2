package nl.leercultuur.analytics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.leercultuur.analytics.erasure.Erasures;
import nl.leercultuur.contracts.events.Concepts;
import nl.leercultuur.contracts.events.ScanCompleted;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.MalformedEventException;
import nl.leercultuur.platform.inbox.EventHandler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Stores a completed scan's profile. Runs inside the consumer's transaction with the event id, so a
 * duplicate changes nothing; a later-closed version of the same scan replaces an earlier one, an older one
 * arriving late is ignored (order-tolerant). The data arrives checked against the event's schema.
 */
@ApplicationScoped
public class ScanCompletedHandler implements EventHandler<ScanCompleted> {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Erasures erasures;

    ScanCompletedHandler(EntityManager em, ObjectMapper json, Erasures erasures) {
        this.em = em;
        this.json = json;
        this.erasures = erasures;
    }

    @Override
    public String type() {
        return ScanCompleted.TYPE;
    }

    @Override
    public Class<ScanCompleted> dataType() {
        return ScanCompleted.class;
    }

    @Override
    public void handle(CloudEvent event, ScanCompleted d) {
        UUID scanId = uuid(d.scanId(), "scanId");
        if (erasures.isErased(d.organisationId())) {
            return; // erased on request: its figures are not taken in again
        }
        // The producer applies the anonymity rule; this side holds to it as well, so that a faulty or forged event
        // cannot bring a figure of a group below its threshold into any answer: a scan below its threshold keeps no
        // figures, a dimension with fewer respondents than the threshold is left out, and the overall index is
        // the mean of the dimensions kept (so it cannot be used to work out one that was left out).
        int threshold = d.anonymityThreshold();
        boolean suppressed = d.belowThreshold();
        List<ScanCompleted.Dimension> kept = d.disclosedDimensions();
        BigDecimal overall = kept.isEmpty() ? null : kept.stream().map(ScanCompleted.Dimension::mean)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(kept.size()), 3, RoundingMode.HALF_UP);
        int updated = em.createNativeQuery("""
                INSERT INTO scan_profile (scan_id, event_id, organisation_id, organisation_name, sector, region, unit_label,
                    title, instrument_key, instrument_version, closed_at, response_count, response_rate, anonymity_threshold,
                    suppressed, overall_index, scoring, dimension_mapping)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, cast(?17 AS jsonb), cast(?18 AS jsonb))
                ON CONFLICT (scan_id) DO UPDATE SET event_id = excluded.event_id, organisation_name = excluded.organisation_name,
                    closed_at = excluded.closed_at, response_count = excluded.response_count, response_rate = excluded.response_rate,
                    suppressed = excluded.suppressed, overall_index = excluded.overall_index, scoring = excluded.scoring,
                    dimension_mapping = excluded.dimension_mapping, received_at = now()
                WHERE scan_profile.closed_at < excluded.closed_at
                """)
                .setParameter(1, scanId).setParameter(2, event.id())
                .setParameter(3, d.organisationId()).setParameter(4, d.organisationName())
                .setParameter(5, d.sector()).setParameter(6, d.region())
                .setParameter(7, d.unitLabel()).setParameter(8, d.title())
                .setParameter(9, d.instrument().key()).setParameter(10, d.instrument().version())
                .setParameter(11, d.closedAt()).setParameter(12, d.responseCount())
                .setParameter(13, d.responseRate()).setParameter(14, threshold)
                .setParameter(15, suppressed).setParameter(16, overall)
                .setParameter(17, jsonOrNull(d.scoring()))
                .setParameter(18, jsonOrNull(d.instrument().dimensionMapping()))
                .executeUpdate();
        if (updated == 0) {
            return; // an older completion of a scan we already hold: keep the newer one
        }
        em.createNativeQuery("DELETE FROM dimension_score WHERE scan_id = ?1").setParameter(1, scanId).executeUpdate();
        for (ScanCompleted.Dimension x : kept) {
            em.createNativeQuery("""
                    INSERT INTO dimension_score (scan_id, dimension_key, name, n, mean, sd, favourable_share, distribution, scale_min,
                        scale_max, concept)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 AS jsonb), ?9, ?10, ?11)
                    """)
                    .setParameter(1, scanId).setParameter(2, x.key()).setParameter(3, Objects.requireNonNullElse(x.name(), x.key()))
                    .setParameter(4, x.n()).setParameter(5, x.mean()).setParameter(6, x.sd())
                    .setParameter(7, x.favourableShare()).setParameter(8, jsonOrNull(x.distribution()))
                    .setParameter(9, x.scaleMin()).setParameter(10, x.scaleMax())
                    .setParameter(11, conceptOf(d.instrument().key(), x))
                    .executeUpdate();
        }
    }

    /** The concept the event names for the dimension, else the vocabulary's for a built-in instrument's dimension. */
    static String conceptOf(String instrumentKey, ScanCompleted.Dimension x) {
        if (x.concept() != null && !x.concept().isBlank()) {
            return x.concept();
        }
        return Concepts.builtIn().conceptOf(instrumentKey, x.key()).map(Concepts.Concept::key).orElse(null);
    }

    private String jsonOrNull(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("part of the event cannot be stored as JSON: " + e.getOriginalMessage());
        }
    }

    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("field " + field + " is not a UUID");
        }
    }
}
