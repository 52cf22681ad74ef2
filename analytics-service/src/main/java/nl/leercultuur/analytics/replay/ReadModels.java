package nl.leercultuur.analytics.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.inbox.IdempotentConsumer;

import java.util.concurrent.CompletableFuture;

/**
 * The read models built from the event topics, and rebuilding them: the consumer empties them (in its own
 * transaction, together with the record of processed events) and reads every topic again from the start.
 */
@ApplicationScoped
public class ReadModels {

    private final IdempotentConsumer consumer;
    private final EntityManager em;

    ReadModels(IdempotentConsumer consumer, EntityManager em) {
        this.consumer = consumer;
        this.em = em;
    }

    /**
     * Asks the consumer to replay; completes once reading has restarted.
     *
     * @throws IllegalStateException when a replay is already under way
     */
    public CompletableFuture<Void> replayFromStart() {
        return consumer.replayFromStart(this::empty);
    }

    /** Runs inside the consumer's replay transaction. */
    void empty() {
        em.createNativeQuery("DELETE FROM dimension_score").executeUpdate();
        em.createNativeQuery("DELETE FROM scan_profile").executeUpdate();
        em.createNativeQuery("DELETE FROM session_attendance").executeUpdate();
        em.createNativeQuery("DELETE FROM held_session").executeUpdate();
        em.createNativeQuery("DELETE FROM action_plan_dimension").executeUpdate();
        em.createNativeQuery("DELETE FROM action_plan").executeUpdate();
    }
}
