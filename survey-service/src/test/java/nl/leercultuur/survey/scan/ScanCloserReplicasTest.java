package nl.leercultuur.survey.scan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.cluster.ClusterLock;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing due scans with two replicas: both run the scheduled close at the same moment (two threads here, each in a
 * transaction of its own, as two JVMs would on one database), and every scan is still closed, scored and announced
 * once. While another replica holds the closer's lock, a replica closes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class ScanCloserReplicasTest {

    @Inject
    ScanService scans;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    @Inject
    Scheduler scheduler;

    /**
     * The service's own scheduled closer is a third replica: holding the lock at the moment the two here try, having
     * looked for due scans before these were due, it would leave them open until its next run (correct, and not what
     * is tried here). Paused, and any run of it that had begun over (the lock free for 200 ms).
     */
    @BeforeEach
    void onlyTheReplicasHereClose() {
        scheduler.pause(ScanCloser.JOB);
        assertTrue(scheduler.isPaused(ScanCloser.JOB), "the scheduled closer is paused");
        await("the scheduled closer's run ends").atMost(Duration.ofSeconds(30)).during(Duration.ofMillis(200))
                .pollInterval(Duration.ofMillis(50)).until(this::closerLockFree);
    }

    @AfterEach
    void resumeTheScheduledCloser() {
        scheduler.resume(ScanCloser.JOB);
    }

    private boolean closerLockFree() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return ClusterLock.tryLock(c, ScanService.CLOSER_LOCK);
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void twoReplicasClosingAtOnceCloseAndAnnounceEachScanOnce() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<String> due = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    due.add(dueScan());
                }
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> closed = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    closed.add(replicas.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return scans.closeDueAsSystem(OffsetDateTime.now());
                    }));
                }
                for (Future<Integer> f : closed) {
                    f.get(60, TimeUnit.SECONDS);
                }
                for (String scan : due) {
                    assertEquals("CLOSED", status(scan), "scan " + scan);
                    assertEquals(1, events(scan), "scan-completed events in the outbox for scan " + scan);
                }
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aReplicaClosesNothingWhileAnotherHoldsTheLock() throws Exception {
        String scan = dueScan();
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            assertTrue(ClusterLock.tryLock(otherReplica, ScanService.CLOSER_LOCK));
            assertEquals(0, scans.closeDueAsSystem(OffsetDateTime.now()));
            assertEquals("OPEN", status(scan));
            otherReplica.commit();
        }
        assertTrue(scans.closeDueAsSystem(OffsetDateTime.now()) >= 1);
        assertEquals("CLOSED", status(scan));
        assertEquals(1, events(scan));
    }

    /** An open scan with answers whose close time has just passed. */
    private String dueScan() {
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 3);
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), safetyAnswers(3 + i), 201);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE scan SET closes_at = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(scan)).executeUpdate());
        return scan;
    }

    private String status(String scan) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT status FROM scan WHERE id = ?1")
                .setParameter(1, UUID.fromString(scan)).getSingleResult());
    }

    private long events(String scan) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE subject = ?1 AND event_type = 'survey.scan-completed.v1'")
                .setParameter(1, scan).getSingleResult()).longValue());
    }
}
