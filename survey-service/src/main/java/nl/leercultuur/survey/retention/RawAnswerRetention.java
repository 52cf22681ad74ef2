package nl.leercultuur.survey.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.cluster.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Privacy by retention: the raw answers (scored items and open texts) and saved drafts of scans closed longer ago
 * than {@code leercultuur.retention.raw-answers-months} (24 by default) are deleted, one scan per transaction; the
 * scan and its results (per-dimension figures, response count, overall index) stay, and so does everything in
 * analytics, which never held raw answers. Idempotent; with several replicas one purges at a time (each
 * transaction takes the cluster lock {@value #LOCK}, and a replica that does not get it stops: the holder goes on
 * until nothing is due), and each scan is claimed with SKIP LOCKED besides, so no scan is purged by two at once.
 */
@ApplicationScoped
public class RawAnswerRetention {

    private static final Logger LOG = Logger.getLogger(RawAnswerRetention.class);
    static final String LOCK = "raw-answer-retention";

    /** What one run removed. */
    public record Purged(int scans, long answers, long responses, long drafts) {
    }

    private final RetentionTransactions tx;
    private final int months;

    RawAnswerRetention(RetentionTransactions tx,
                       @ConfigProperty(name = "leercultuur.retention.raw-answers-months", defaultValue = "24") int months) {
        this.tx = tx;
        this.months = months;
    }

    @Scheduled(cron = "${leercultuur.retention.cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    void nightly() {
        try {
            Purged p = purge(OffsetDateTime.now());
            if (p.scans() > 0) {
                LOG.infof("retention: deleted the raw answers of %d scan(s) closed more than %d months ago (%d answers, %d responses, %d drafts)",
                        p.scans(), months, p.answers(), p.responses(), p.drafts());
            }
        } catch (RuntimeException e) {
            LOG.warnf("retention run failed, will retry at the next run: %s", e.toString());
        }
    }

    /** Deletes what is due at {@code now}; returns what was removed. */
    public Purged purge(OffsetDateTime now) {
        OffsetDateTime before = now.minusMonths(months);
        int scans = 0;
        long answers = 0;
        long responses = 0;
        long drafts = 0;
        RetentionTransactions.Removed r;
        while ((r = tx.purgeNext(before)) != null) {
            scans++;
            answers += r.answers();
            responses += r.responses();
            drafts += r.drafts();
        }
        return new Purged(scans, answers, responses, drafts);
    }

    /** One scan per transaction: a long backlog never holds one long lock. */
    @ApplicationScoped
    public static class RetentionTransactions {
        private final EntityManager em;
        private final ClusterLock cluster;

        RetentionTransactions(EntityManager em, ClusterLock cluster) {
            this.em = em;
            this.cluster = cluster;
        }

        record Removed(UUID scan, long answers, long responses, long drafts) {
        }

        /**
         * Claims the longest-closed scan that is due and deletes its raw answers; null when none is due, or when
         * another replica is purging (it holds the lock and goes on until none is).
         */
        @Transactional
        public Removed purgeNext(OffsetDateTime closedBefore) {
            if (!cluster.tryLock(LOCK)) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<UUID> due = em.createNativeQuery("SELECT id FROM scan WHERE closed_at < :before AND raw_answers_deleted_at IS NULL "
                    + "ORDER BY closed_at LIMIT 1 FOR UPDATE SKIP LOCKED", UUID.class).setParameter("before", closedBefore).getResultList();
            if (due.isEmpty()) {
                return null;
            }
            UUID id = due.get(0);
            long answers = em.createNativeQuery("DELETE FROM answer WHERE scan_id = :id").setParameter("id", id).executeUpdate();
            long responses = em.createNativeQuery("DELETE FROM response WHERE scan_id = :id").setParameter("id", id).executeUpdate();
            long drafts = em.createNativeQuery("UPDATE invitation SET draft_answers = NULL, draft_saved_at = NULL "
                    + "WHERE scan_id = :id AND draft_answers IS NOT NULL").setParameter("id", id).executeUpdate();
            em.createNativeQuery("UPDATE scan SET raw_answers_deleted_at = now() WHERE id = :id").setParameter("id", id).executeUpdate();
            return new Removed(id, answers, responses, drafts);
        }
    }
}
