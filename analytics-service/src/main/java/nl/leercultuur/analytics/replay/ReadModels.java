package nl.leercultuur.analytics.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.inbox.IdempotentConsumer;

/**
 * The read models built from the event topics, and rebuilding them: emptied in one transaction together with the
 * record of processed events, then every consumer of the group, on every replica, reads its partitions again from
 * the start (platform's {@link IdempotentConsumer}). What is not built from events stays: erasures, partner grants,
 * the audit log.
 */
@ApplicationScoped
public class ReadModels {

    private final IdempotentConsumer consumer;
    private final EntityManager em;

    ReadModels(IdempotentConsumer consumer, EntityManager em) {
        this.consumer = consumer;
        this.em = em;
    }

    /** Empties the read models and starts a replay; returns its generation once that is committed. */
    public long replayFromStart() {
        return consumer.replayFromStart(this::empty);
    }

    /** Runs inside the replay's transaction. */
    void empty() {
        em.createNativeQuery("DELETE FROM dimension_score").executeUpdate();
        em.createNativeQuery("DELETE FROM scan_profile").executeUpdate();
        em.createNativeQuery("DELETE FROM session_attendance").executeUpdate();
        em.createNativeQuery("DELETE FROM held_session").executeUpdate();
        em.createNativeQuery("DELETE FROM action_plan_dimension").executeUpdate();
        em.createNativeQuery("DELETE FROM action_plan").executeUpdate();
    }
}
