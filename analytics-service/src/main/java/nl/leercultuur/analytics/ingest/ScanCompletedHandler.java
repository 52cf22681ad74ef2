package nl.leercultuur.analytics.ingest;

import nl.leercultuur.analytics.erasure.Erasures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.EventData;
import nl.leercultuur.platform.events.EventTypes;
import nl.leercultuur.platform.inbox.EventHandler;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.leercultuur.platform.events.EventData.decimal;
import static nl.leercultuur.platform.events.EventData.optionalText;
import static nl.leercultuur.platform.events.EventData.require;
import static nl.leercultuur.platform.events.EventData.text;
import static nl.leercultuur.platform.events.EventData.time;
import static nl.leercultuur.platform.events.EventData.uuid;

/**
 * Stores a completed scan's profile. Runs inside the consumer's transaction with the event id, so a
 * duplicate changes nothing; a later-closed version of the same scan replaces an earlier one, an older one
 * arriving late is ignored (order-tolerant).
 */
@ApplicationScoped
public class ScanCompletedHandler implements EventHandler {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Erasures erasures;

    @Override
    public String type() {
        return EventTypes.SCAN_COMPLETED;
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = EventData.parse(json, event);
        UUID scanId = uuid(d, "scanId");
        if (erasures.isErased(text(d, "organisationId"))) {
            return; // erased on request: its figures are not taken in again
        }
        OffsetDateTime closedAt = time(d, "closedAt");
        // The producer applies the anonymity rule; this side holds to it as well, so that a faulty or forged event
        // cannot bring a figure of a group below its threshold into any answer: a scan below its threshold keeps no
        // figures, a dimension with fewer respondents than the threshold is left out, and the overall index is
        // the mean of the dimensions kept (so it cannot be used to work out one that was left out).
        int threshold = require(d, "/anonymityThreshold").asInt();
        boolean suppressed = require(d, "/suppressed").asBoolean() || require(d, "/responseCount").asInt() < threshold;
        List<JsonNode> kept = new ArrayList<>();
        JsonNode dims = d.get("dimensions");
        if (!suppressed && dims != null) {
            for (JsonNode x : dims) {
                if (!x.path("suppressed").asBoolean(false) && require(x, "/n").asInt() >= threshold) {
                    kept.add(x);
                }
            }
        }
        BigDecimal overall = kept.isEmpty() ? null : kept.stream().map(x -> new BigDecimal(require(x, "/mean").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(kept.size()), 3, java.math.RoundingMode.HALF_UP);
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
                .setParameter(3, text(d, "organisationId")).setParameter(4, text(d, "organisationName"))
                .setParameter(5, text(d, "sector")).setParameter(6, text(d, "region"))
                .setParameter(7, optionalText(d, "unitLabel")).setParameter(8, text(d, "title"))
                .setParameter(9, require(d, "/instrument/key").asText()).setParameter(10, require(d, "/instrument/version").asInt())
                .setParameter(11, closedAt).setParameter(12, require(d, "/responseCount").asInt())
                .setParameter(13, decimal(d, "responseRate")).setParameter(14, threshold)
                .setParameter(15, suppressed).setParameter(16, overall)
                .setParameter(17, d.has("scoring") ? d.get("scoring").toString() : null)
                .setParameter(18, d.at("/instrument/dimensionMapping").isMissingNode() ? null : d.at("/instrument/dimensionMapping").toString())
                .executeUpdate();
        if (updated == 0) {
            return; // an older completion of a scan we already hold: keep the newer one
        }
        em.createNativeQuery("DELETE FROM dimension_score WHERE scan_id = ?1").setParameter(1, scanId).executeUpdate();
        for (JsonNode x : kept) {
            em.createNativeQuery("""
                    INSERT INTO dimension_score (scan_id, dimension_key, name, n, mean, sd, favourable_share, distribution, scale_min, scale_max)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 AS jsonb), ?9, ?10)
                    """)
                    .setParameter(1, scanId).setParameter(2, text(x, "key")).setParameter(3, java.util.Objects.requireNonNullElse(optionalText(x, "name"), text(x, "key")))
                    .setParameter(4, require(x, "/n").asInt()).setParameter(5, new BigDecimal(require(x, "/mean").asText()))
                    .setParameter(6, new BigDecimal(require(x, "/sd").asText())).setParameter(7, decimal(x, "favourableShare"))
                    .setParameter(8, x.has("distribution") ? x.get("distribution").toString() : null)
                    .setParameter(9, decimal(x, "scaleMin")).setParameter(10, decimal(x, "scaleMax"))
                    .executeUpdate();
        }
    }
}
