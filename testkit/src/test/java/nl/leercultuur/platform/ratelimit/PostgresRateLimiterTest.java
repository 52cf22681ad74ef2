package nl.leercultuur.platform.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * platform's PostgreSQL store against a real PostgreSQL, the table made by its own migration: two limiter instances on
 * one database stand for two replicas (each with its own connection pool, as two JVMs would have). It lives in
 * testkit's tests because platform cannot depend on testkit (TestPostgres), which depends on platform.
 */
class PostgresRateLimiterTest {

    /** Long enough that no token comes back while a test runs: "N per period" is N in total here. */
    static final Duration HOUR = Duration.ofHours(1);

    static TestPostgres.Database db;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        db = TestPostgres.freshDatabase("ratelimit");
        try (InputStream in = PostgresRateLimiter.class.getResourceAsStream("/db/platform/ratelimit/V7_2__rate_limit_bucket.sql");
             Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void dropDatabase() {
        TestPostgres.drop(db);
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + PostgresRateLimiter.TABLE);
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    static AgroalDataSource pool(int size) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(p -> p
                .maxSize(size).acquisitionTimeout(Duration.ofSeconds(5))
                .connectionFactoryConfiguration(f -> f.jdbcUrl(db.jdbcUrl())
                        .principal(new NamePrincipal(db.server().user())).credential(new SimplePassword(db.server().password())))));
    }

    /** One replica: its own pool and its own limiter. */
    PostgresRateLimiter replica(DataSource ds, PostgresRateLimiter.Settings settings, SimpleMeterRegistry registry) {
        PostgresRateLimiter limiter = new PostgresRateLimiter(ds, registry, settings);
        open.add(limiter);
        if (ds instanceof AgroalDataSource a) {
            open.add(a);
        }
        return limiter;
    }

    PostgresRateLimiter replica() throws SQLException {
        return replica(pool(8), PostgresRateLimiter.Settings.defaults(), new SimpleMeterRegistry());
    }

    @Test
    void twoReplicasTogetherAdmitExactlyNOfThreeNConcurrentCalls() throws Exception {
        int n = 30;
        SimpleMeterRegistry r1 = new SimpleMeterRegistry();
        SimpleMeterRegistry r2 = new SimpleMeterRegistry();
        PostgresRateLimiter a = replica(pool(8), PostgresRateLimiter.Settings.defaults(), r1);
        PostgresRateLimiter b = replica(pool(8), PostgresRateLimiter.Settings.defaults(), r2);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RateLimiter.Decision>> calls = new ArrayList<>();
            for (int i = 0; i < 3 * n; i++) {
                PostgresRateLimiter via = i % 2 == 0 ? a : b;
                calls.add(() -> via.acquire("ip:203.0.113.7", n, HOUR));
            }
            int allowed = 0;
            long retryAfter = 0;
            for (Future<RateLimiter.Decision> f : clients.invokeAll(calls)) {
                RateLimiter.Decision d = f.get();
                if (d.allowed()) {
                    allowed++;
                } else {
                    retryAfter = Math.max(retryAfter, d.retryAfterSeconds());
                }
            }
            assertEquals(n, allowed, "N per period across both replicas, not N per replica");
            assertTrue(retryAfter > 0 && retryAfter <= HOUR.toSeconds() / n + 1, "Retry-After: the next token, " + retryAfter + " s");
            assertEquals(0, r1.get(PostgresRateLimiter.FALLBACK_METER).counter().count(), "all decided by the shared store");
            assertEquals(0, r2.get(PostgresRateLimiter.FALLBACK_METER).counter().count(), "all decided by the shared store");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void newBucketsMadeByBothReplicasAtOnceStillAdmitExactlyNEach() throws Exception {
        int n = 5;
        int keys = 40;
        int threads = 16;
        SimpleMeterRegistry r1 = new SimpleMeterRegistry();
        SimpleMeterRegistry r2 = new SimpleMeterRegistry();
        PostgresRateLimiter a = replica(pool(8), PostgresRateLimiter.Settings.defaults(), r1);
        PostgresRateLimiter b = replica(pool(8), PostgresRateLimiter.Settings.defaults(), r2);
        java.util.concurrent.atomic.AtomicIntegerArray admitted = new java.util.concurrent.atomic.AtomicIntegerArray(keys);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                PostgresRateLimiter via = t % 2 == 0 ? a : b;
                work.add(() -> {
                    for (int k = 0; k < keys; k++) {
                        if (k % 8 == 0) {
                            together.await(); // every thread on a fresh key at once: both replicas create its row
                        }
                        if (via.acquire("burst:" + k, n, HOUR).allowed()) {
                            admitted.incrementAndGet(k);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : clients.invokeAll(work)) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        for (int k = 0; k < keys; k++) {
            assertEquals(n, admitted.get(k), "key " + k + ": " + threads + " calls, " + n + " admitted");
        }
        assertEquals(0, r1.get(PostgresRateLimiter.FALLBACK_METER).counter().count() + r2.get(PostgresRateLimiter.FALLBACK_METER).counter().count(),
                "a bucket being made by the other replica is no reason to decide alone");
    }

    @Test
    void aKeysBucketIsIndependentOfAnothersAndOfAnotherLimit() throws Exception {
        PostgresRateLimiter a = replica();
        PostgresRateLimiter b = replica();
        for (int i = 0; i < 3; i++) {
            assertTrue(a.acquire("answer|CODE-ONE", 3, HOUR).allowed());
        }
        assertFalse(b.acquire("answer|CODE-ONE", 3, HOUR).allowed(), "spent, as seen from the other replica");
        for (int i = 0; i < 3; i++) {
            assertTrue(b.acquire("answer|CODE-TWO", 3, HOUR).allowed(), "another key has its own bucket: call " + i);
        }
        assertFalse(a.acquire("answer|CODE-TWO", 3, HOUR).allowed());
        assertTrue(a.acquire("answer|CODE-ONE", 4, HOUR).allowed(), "the same key under another limit is another bucket");
    }

    @Test
    void peekTellsWithoutTakingOnTheSharedBucket() throws Exception {
        PostgresRateLimiter a = replica();
        PostgresRateLimiter b = replica();
        assertTrue(b.peek("guess|198.51.100.1", 2, HOUR).allowed(), "an unknown key has all its tokens");
        assertEquals(2, b.peek("guess|198.51.100.1", 2, HOUR).remaining());
        a.acquire("guess|198.51.100.1", 2, HOUR);
        assertEquals(1, b.peek("guess|198.51.100.1", 2, HOUR).remaining(), "the other replica's token is gone here too");
        assertEquals(1, b.peek("guess|198.51.100.1", 2, HOUR).remaining(), "peeking takes nothing");
        a.acquire("guess|198.51.100.1", 2, HOUR);
        RateLimiter.Decision d = b.peekAsync("guess|198.51.100.1", 2, HOUR).toCompletableFuture().join();
        assertFalse(d.allowed());
        assertEquals(1800, d.retryAfterSeconds(), "2 per hour: a token every 30 minutes");
    }

    @Test
    void theTableHoldsDigestsNeverTheKeys() throws Exception {
        PostgresRateLimiter a = replica();
        a.acquire("answer|K7Q2M9XW4RT8", 5, HOUR);
        a.acquire("ip:203.0.113.9", 5, HOUR);
        List<String> ids = new ArrayList<>();
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, state FROM " + PostgresRateLimiter.TABLE)) {
            while (rs.next()) {
                ids.add(rs.getString("id"));
                assertTrue(rs.getBytes("state").length > 0);
            }
        }
        assertEquals(2, ids.size());
        for (String id : ids) {
            assertTrue(id.matches("[0-9a-f]{64}"), id);
        }
    }

    @Test
    void rowsOfRefilledBucketsAreRemovedSoTheTableStaysBounded() throws Exception {
        PostgresRateLimiter.Settings quick = new PostgresRateLimiter.Settings(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ZERO, Duration.ofHours(1), 4, 64);
        PostgresRateLimiter a = replica(pool(4), quick, new SimpleMeterRegistry());
        for (int i = 0; i < 20; i++) {
            a.acquire("short" + i, 1, Duration.ofMillis(200));
        }
        a.acquire("long", 1, HOUR);
        assertEquals(21, rows());
        Thread.sleep(400); // the 200 ms buckets are full again
        assertEquals(20, a.removeExpired());
        assertEquals(1, rows(), "the bucket still spent stays");
        assertFalse(a.acquire("long", 1, HOUR).allowed());
    }

    @Test
    void whileTheDatabaseIsAwayTheReplicaDecidesAloneAndSharesAgainOnceItIsBack() throws Exception {
        PostgresRateLimiter healthy = replica();
        AtomicBoolean away = new AtomicBoolean(true);
        AgroalDataSource real = pool(4);
        open.add(real);
        DataSource flaky = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (away.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("Connection to localhost:5432 refused", "08001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PostgresRateLimiter cut = replica(flaky, PostgresRateLimiter.Settings.defaults().withStoreRetry(Duration.ofMillis(200)), registry);

        assertTrue(healthy.acquire("sub:alice", 1, HOUR).allowed());
        assertTrue(cut.acquire("sub:alice", 1, HOUR).allowed(), "away from the store, the replica knows only its own calls");
        assertFalse(cut.acquire("sub:alice", 1, HOUR).allowed(), "and still limits them");
        assertEquals(2, registry.get(PostgresRateLimiter.FALLBACK_METER).counter().count());

        away.set(false);
        Thread.sleep(300); // the back-off after the failure
        assertFalse(cut.acquire("sub:alice", 1, HOUR).allowed(), "shared again: the bucket the healthy replica spent");
        assertTrue(cut.acquire("sub:bob", 1, HOUR).allowed());
        assertFalse(healthy.acquire("sub:bob", 1, HOUR).allowed(), "and what it takes counts for the others");
        assertEquals(2, registry.get(PostgresRateLimiter.FALLBACK_METER).counter().count());
    }

    static int rows() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + PostgresRateLimiter.TABLE)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.server().user(), db.server().password());
    }
}
