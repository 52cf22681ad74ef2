package nl.leercultuur.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalRateLimiterTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void burstUpToCapacityThenRetryAfterTellsWhenTheNextTokenComes() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new LocalRateLimiter(now::get);
        for (int i = 0; i < 6; i++) {
            RateLimiter.Decision d = limiter.acquire("client", 6, MINUTE);
            assertTrue(d.allowed(), "request " + i);
            assertEquals(5 - i, d.remaining());
        }
        RateLimiter.Decision refused = limiter.acquire("client", 6, MINUTE);
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds(), "6 per minute: one token every 10 s");
        now.addAndGet(9_000_000_000L);
        assertFalse(limiter.acquire("client", 6, MINUTE).allowed());
        now.addAndGet(1_000_000_000L);
        assertTrue(limiter.acquire("client", 6, MINUTE).allowed());
    }

    @Test
    void keysDoNotShareBuckets() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new LocalRateLimiter(now::get);
        assertTrue(limiter.acquire("a", 1, MINUTE).allowed());
        assertFalse(limiter.acquire("a", 1, MINUTE).allowed());
        assertTrue(limiter.acquire("b", 1, MINUTE).allowed());
    }

    @Test
    void aLimitConfiguredAnewStartsAFreshBucket() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new LocalRateLimiter(now::get);
        assertTrue(limiter.acquire("link", 1, MINUTE).allowed());
        assertFalse(limiter.acquire("link", 1, MINUTE).allowed());
        assertTrue(limiter.acquire("link", 5, MINUTE).allowed(), "another limit on the same key is another bucket");
    }

    @Test
    void peekTellsWithoutTaking() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new LocalRateLimiter(now::get);
        assertTrue(limiter.peek("failures", 2, MINUTE).allowed(), "an unknown key has all its tokens");
        assertEquals(2, limiter.peek("failures", 2, MINUTE).remaining());
        limiter.acquire("failures", 2, MINUTE);
        assertTrue(limiter.peek("failures", 2, MINUTE).allowed());
        assertTrue(limiter.peek("failures", 2, MINUTE).allowed(), "peeking takes nothing");
        limiter.acquire("failures", 2, MINUTE);
        RateLimiter.Decision d = limiter.peek("failures", 2, MINUTE);
        assertFalse(d.allowed());
        assertEquals(30, d.retryAfterSeconds());
        now.addAndGet(30_000_000_000L);
        assertTrue(limiter.peek("failures", 2, MINUTE).allowed());
    }

    @Test
    void theAsyncFormOfAStoreInMemoryIsDoneAtOnce() {
        RateLimiter limiter = new LocalRateLimiter();
        assertTrue(limiter.acquireAsync("k", 1, MINUTE).toCompletableFuture().isDone(), "no hop for the event loop");
        assertFalse(limiter.acquireAsync("k", 1, MINUTE).toCompletableFuture().join().allowed());
        assertTrue(limiter.peekAsync("k", 1, MINUTE).toCompletableFuture().isDone());
    }

    @Test
    void theMapStaysBoundedAndDropsOnlyBucketsThatChangeNoDecision() {
        AtomicLong now = new AtomicLong(0);
        LocalRateLimiter limiter = new LocalRateLimiter(now::get, 10);
        for (int i = 0; i < 5; i++) {
            limiter.acquire("busy" + i, 1, MINUTE); // spent: must be kept
        }
        for (int i = 0; i < 5; i++) {
            limiter.acquire("idle" + i, 1, Duration.ofSeconds(1));
        }
        now.addAndGet(2_000_000_000L); // the one-second buckets are full again
        limiter.acquire("new", 1, MINUTE);
        assertEquals(6, limiter.size(), "the refilled buckets went, the spent ones stayed");
        for (int i = 0; i < 5; i++) {
            assertFalse(limiter.acquire("busy" + i, 1, MINUTE).allowed(), "busy" + i + " still limited");
        }
        for (int i = 0; i < 20; i++) {
            limiter.acquire("flood" + i, 1, MINUTE);
        }
        assertTrue(limiter.size() <= 10, "a flood of distinct keys never grows the map past its bound: " + limiter.size());
    }
}
