package nl.leercultuur.survey.response;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.cluster.ClusterLock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Lets a respondent retry a submission whose confirmation was lost. With the claimed code the invitation keeps,
 * for {@link #KEPT} only, an HMAC of the stored answers keyed by the plain code (which the server never stores):
 * the same code with the same answers within that time is answered "accepted" again, anything else "already
 * answered". Without the code the receipt ties the invitation to no response, and it is cleared by the minute.
 */
@ApplicationScoped
public class RetryReceipts {

    static final Duration KEPT = Duration.ofMinutes(15);
    static final String CLEARER_LOCK = "retry-receipts";

    private final EntityManager em;
    private final ClusterLock cluster;

    RetryReceipts(EntityManager em, ClusterLock cluster) {
        this.em = em;
        this.cluster = cluster;
    }

    /** The receipt of these (validated, stored) answers under this code. */
    static String of(String code, List<AnswerValidator.StoredAnswer> answers) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(code.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (AnswerValidator.StoredAnswer a : answers) {
                mac.update((a.itemKey() + '\u0000' + a.score() + '\u0000' + a.choice() + '\u0000' + a.text() + '\u0001')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Clears the receipts whose time is up, on one replica at a time (cluster lock {@value #CLEARER_LOCK}): two
     * replicas would only wait for each other's row locks to clear the same rows.
     */
    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    @Transactional
    void clearExpired() {
        if (!cluster.tryLock(CLEARER_LOCK)) {
            return;
        }
        em.createNativeQuery("UPDATE invitation SET retry_receipt = NULL, retry_receipt_until = NULL "
                + "WHERE retry_receipt_until < now()").executeUpdate();
    }
}
