package nl.leercultuur.platform.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared store away: every decision is still made, by this instance alone, and counted. */
class PostgresRateLimiterFallbackTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    /** A DataSource whose every connection attempt runs {@code attempt} (which throws or hangs). */
    static DataSource dataSource(AtomicInteger attempts, Runnable attempt) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        attempts.incrementAndGet();
                        attempt.run();
                        throw new SQLException("Connection to localhost:5432 refused", "08001");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRefusingDatabaseMeansLocalDecisionsNeverAFailedRequest() {
        AtomicInteger attempts = new AtomicInteger();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PostgresRateLimiter limiter = new PostgresRateLimiter(dataSource(attempts, () -> { }), registry)) {
            assertTrue(limiter.acquire("client", 2, MINUTE).allowed());
            assertTrue(limiter.acquire("client", 2, MINUTE).allowed());
            RateLimiter.Decision third = limiter.acquire("client", 2, MINUTE);
            assertFalse(third.allowed(), "the local limiter still limits");
            assertEquals(30, third.retryAfterSeconds());
            assertFalse(limiter.peek("client", 2, MINUTE).allowed(), "peek falls back as well");
            assertTrue(limiter.acquireAsync("other", 2, MINUTE).toCompletableFuture().join().allowed());
            assertEquals(5, registry.get(PostgresRateLimiter.FALLBACK_METER).counter().count(), "every local decision counted");
            assertEquals(1, attempts.get(), "after a failure the store is left alone for a while instead of tried per call");
        }
    }

    @Test
    void aHangingDatabaseIsWaitedForNoLongerThanTheDecisionTimeout() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        PostgresRateLimiter.Settings settings = new PostgresRateLimiter.Settings(Duration.ofMillis(200), Duration.ofSeconds(5),
                MINUTE, MINUTE, 2, 16);
        try (PostgresRateLimiter limiter = new PostgresRateLimiter(dataSource(attempts, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), null, settings)) {
            long start = System.nanoTime();
            assertTrue(limiter.acquire("client", 1, MINUTE).allowed());
            assertFalse(limiter.acquire("client", 1, MINUTE).allowed(), "decided locally, at once, during the back-off");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, "decided after " + ms + " ms");
        } finally {
            release.countDown();
        }
    }
}
