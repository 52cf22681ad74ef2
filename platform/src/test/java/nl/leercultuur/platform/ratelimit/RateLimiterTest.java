package nl.leercultuur.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    static final long MINUTE = 60_000_000_000L;

    @Test
    void burstUpToCapacityThenRetryAfterTellsWhenTheNextTokenComes() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(now::get);
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire("client", 6, MINUTE).allowed(), "request " + i);
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
        RateLimiter limiter = new RateLimiter(now::get);
        assertTrue(limiter.acquire("a", 1, MINUTE).allowed());
        assertFalse(limiter.acquire("a", 1, MINUTE).allowed());
        assertTrue(limiter.acquire("b", 1, MINUTE).allowed());
    }

    @Test
    void peekTellsWithoutTaking() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(now::get);
        assertTrue(limiter.peek("failures", 2, MINUTE).allowed(), "an unknown key has all its tokens");
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
}
