package nl.leercultuur.survey;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.leercultuur.platform.cluster.ClusterLock;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * platform's {@link ClusterLock} against the real PostgreSQL: two connections stand for two replicas. While one
 * transaction holds a lock no other gets it; it is free again once that transaction ends, by commit, rollback or a
 * connection that is gone.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class ClusterLockTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ClusterLock cluster;

    @Test
    void heldUntilTheTransactionEndsAndByOneTransactionAtATime() throws SQLException {
        try (Connection a = transaction(); Connection b = transaction()) {
            assertTrue(ClusterLock.tryLock(a, "test-job"));
            assertFalse(ClusterLock.tryLock(b, "test-job"), "a second replica must not get a lock that is held");
            assertTrue(ClusterLock.tryLock(b, "another-job"), "locks of other names are independent");
            a.commit();
            assertTrue(ClusterLock.tryLock(b, "test-job"), "free once the holder committed");
            assertFalse(ClusterLock.tryLock(a, "test-job"));
            b.rollback();
            assertTrue(ClusterLock.tryLock(a, "test-job"), "free once the holder rolled back");
            a.rollback();
        }
    }

    @Test
    void releasedWhenTheHoldersConnectionIsGone() throws SQLException {
        try (Connection b = transaction()) {
            // a connection of its own, outside the pool: as a replica that dies, it ends without commit or rollback
            Connection a = outsideThePool();
            assertTrue(ClusterLock.tryLock(a, "dying-replica"));
            assertFalse(ClusterLock.tryLock(b, "dying-replica"));
            a.close();
            b.rollback();
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                boolean got = ClusterLock.tryLock(b, "dying-replica");
                b.rollback();
                return got;
            });
        }
    }

    @Test
    void theBeanTakesItForTheCurrentTransaction() throws SQLException {
        // outside the pool: a pooled connection taken before would be refused inside the JTA transaction
        try (Connection other = outsideThePool()) {
            QuarkusTransaction.requiringNew().run(() -> {
                assertTrue(cluster.tryLock("bean-job"));
                assertTrue(cluster.tryLock("bean-job"), "the holder may ask again");
                try {
                    assertFalse(ClusterLock.tryLock(other, "bean-job"));
                    other.rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(ClusterLock.tryLock(other, "bean-job"), "released when the transaction committed");
            other.rollback();
        }
        assertThrows(IllegalStateException.class, () -> cluster.tryLock("bean-job"),
                "outside a transaction the lock would be gone at once");
        try (Connection auto = dataSource.getConnection()) {
            assertThrows(IllegalStateException.class, () -> ClusterLock.tryLock(auto, "bean-job"));
        }
    }

    @Test
    void lockWaitsForTheHolder() throws Exception {
        try (Connection other = outsideThePool()) {
            assertTrue(ClusterLock.tryLock(other, "loading"));
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew().run(() -> cluster.lock("loading")));
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "waits while another replica holds it");
            other.commit();
            waiting.get(5, TimeUnit.SECONDS);
        }
    }

    private static Connection outsideThePool() throws SQLException {
        TestPostgres.Server pg = TestPostgres.server();
        Connection c = DriverManager.getConnection(System.getProperty("leercultuur.testkit.jdbc-url.survey"), pg.user(), pg.password());
        c.setAutoCommit(false);
        return c;
    }

    private Connection transaction() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        return c;
    }
}
