package nl.leercultuur.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Rate limits per key (a client, a link, a code): a token bucket of {@code capacity} requests at once, refilled evenly
 * over {@code period}. Two stores: {@link LocalRateLimiter} (this instance only: one replica, no database) and
 * {@link PostgresRateLimiter} (one bucket per key shared by every replica on the same database, so a limit of N per
 * minute admits N in total, not N per replica). Callers see only this interface; neither store ever fails a request:
 * a store that cannot answer decides locally.
 *
 * <p>A bucket belongs to a key <em>and</em> its limit: a limit configured anew starts a fresh bucket instead of
 * inheriting one shaped for another limit.
 */
public interface RateLimiter {

    /** Whether the request may pass; when not, after how many whole seconds a retry can succeed. */
    record Decision(boolean allowed, long retryAfterSeconds, int remaining) {
    }

    /** Takes one token from {@code key}'s bucket of {@code capacity} tokens refilled evenly over {@code period}. */
    Decision acquire(String key, int capacity, Duration period);

    /**
     * Whether {@code key}'s bucket holds a token now, without taking it: a limit on failures, checked before the attempt
     * and charged ({@link #acquire}) only when the attempt failed.
     */
    Decision peek(String key, int capacity, Duration period);

    /**
     * {@link #acquire} for a caller that must not block (an event loop): a store that does I/O answers on a thread of
     * its own. Always completes normally; a store in memory completes at once, so the caller can go on without a hop.
     */
    default CompletionStage<Decision> acquireAsync(String key, int capacity, Duration period) {
        return CompletableFuture.completedFuture(acquire(key, capacity, period));
    }

    /** {@link #peek} for a caller that must not block; see {@link #acquireAsync}. */
    default CompletionStage<Decision> peekAsync(String key, int capacity, Duration period) {
        return CompletableFuture.completedFuture(peek(key, capacity, period));
    }
}
