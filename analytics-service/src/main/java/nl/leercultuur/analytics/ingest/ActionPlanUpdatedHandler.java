package nl.leercultuur.analytics.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.leercultuur.analytics.erasure.Erasures;
import nl.leercultuur.contracts.events.ActionPlanUpdated;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.MalformedEventException;
import nl.leercultuur.platform.inbox.EventHandler;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static nl.leercultuur.analytics.ingest.ScanCompletedHandler.uuid;

/**
 * Stores a scan's follow-up plan: its counts of improvements and of actions by status, and per dimension worked on
 * the same. Runs in the consumer's transaction with the event id, so a duplicate changes nothing. The plan with the
 * latest {@code updatedAt} is kept: an older one arriving late is ignored; of two with the same {@code updatedAt} the
 * one read last (later on the organisation's partition) wins, so a replay ends where the first reading did. The data
 * arrives checked against the event's schema; a dimension named twice cannot be kept as one row and goes to the
 * dead-letter topic with that reason.
 */
@ApplicationScoped
public class ActionPlanUpdatedHandler implements EventHandler<ActionPlanUpdated> {

    private final EntityManager em;
    private final Erasures erasures;

    ActionPlanUpdatedHandler(EntityManager em, Erasures erasures) {
        this.em = em;
        this.erasures = erasures;
    }

    @Override
    public String type() {
        return ActionPlanUpdated.TYPE;
    }

    @Override
    public Class<ActionPlanUpdated> dataType() {
        return ActionPlanUpdated.class;
    }

    @Override
    public void handle(CloudEvent event, ActionPlanUpdated d) {
        UUID scanId = uuid(d.scanId(), "scanId");
        Set<String> keys = new HashSet<>();
        for (ActionPlanUpdated.DimensionWork w : d.dimensions()) {
            if (!keys.add(w.key())) {
                throw new MalformedEventException("dimension " + w.key() + " appears more than once in the plan of scan " + scanId);
            }
        }
        if (erasures.isErased(d.organisationId())) {
            return; // erased on request: its figures are not taken in again
        }
        int updated = em.createNativeQuery("""
                INSERT INTO action_plan (scan_id, event_id, organisation_id, sector, region, instrument_key, conversation_held_on,
                    updated_at, strengths, short_term, long_term, planned, doing, done, dropped)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                ON CONFLICT (scan_id) DO UPDATE SET event_id = excluded.event_id, sector = excluded.sector,
                    region = excluded.region, instrument_key = excluded.instrument_key,
                    conversation_held_on = excluded.conversation_held_on, updated_at = excluded.updated_at,
                    strengths = excluded.strengths, short_term = excluded.short_term, long_term = excluded.long_term,
                    planned = excluded.planned, doing = excluded.doing, done = excluded.done, dropped = excluded.dropped,
                    received_at = now()
                WHERE action_plan.updated_at <= excluded.updated_at
                """)
                .setParameter(1, scanId).setParameter(2, event.id())
                .setParameter(3, d.organisationId()).setParameter(4, d.sector()).setParameter(5, d.region())
                .setParameter(6, d.instrumentKey()).setParameter(7, d.conversationHeldOn())
                .setParameter(8, d.updatedAt())
                .setParameter(9, d.improvements().strengths()).setParameter(10, d.improvements().shortTerm())
                .setParameter(11, d.improvements().longTerm())
                .setParameter(12, d.actions().planned()).setParameter(13, d.actions().doing())
                .setParameter(14, d.actions().done()).setParameter(15, d.actions().dropped())
                .executeUpdate();
        if (updated == 0) {
            return; // an older plan of a scan we already hold a newer one of
        }
        em.createNativeQuery("DELETE FROM action_plan_dimension WHERE scan_id = ?1").setParameter(1, scanId).executeUpdate();
        for (ActionPlanUpdated.DimensionWork w : d.dimensions()) {
            em.createNativeQuery("""
                    INSERT INTO action_plan_dimension (scan_id, dimension_key, improvements, planned, doing, done, dropped)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """)
                    .setParameter(1, scanId).setParameter(2, w.key()).setParameter(3, w.improvements())
                    .setParameter(4, w.planned()).setParameter(5, w.doing()).setParameter(6, w.done())
                    .setParameter(7, w.dropped())
                    .executeUpdate();
        }
    }
}
