package nl.leercultuur.survey.response;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    private final EntityManager em;

    RetryReceipts(EntityManager em) {
        this.em = em;
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

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    @Transactional
    void clearExpired() {
        em.createNativeQuery("UPDATE invitation SET retry_receipt = NULL, retry_receipt_until = NULL "
                + "WHERE retry_receipt_until < now()").executeUpdate();
    }
}
