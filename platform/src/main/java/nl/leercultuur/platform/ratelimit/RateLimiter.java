package nl.leercultuur.platform.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (a client, a link): {@code capacity} requests at once, refilled evenly over
 * {@code period}. In memory and per instance, which is what a limit against bursts from one client needs; the
 * key is never stored anywhere else. Idle buckets are dropped so the map stays bounded.
 */
public final class RateLimiter {

    /** Whether the request may pass; when not, after how many whole seconds a retry can succeed. */
    public record Decision(boolean allowed, long retryAfterSeconds, int remaining) {
    }

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RateLimiter() {
        this(System::nanoTime);
    }

    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Takes one token from {@code key}'s bucket of {@code capacity} tokens refilled over {@code periodNanos}. */
    public Decision acquire(String key, int capacity, long periodNanos) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_KEYS) {
            evictIdle(now);
        }
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (b) {
            double perNano = (double) capacity / periodNanos;
            b.tokens = Math.min(capacity, b.tokens + (now - b.updated) * perNano);
            b.updated = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(true, 0, (int) Math.floor(b.tokens));
            }
            double nanosToOne = (1 - b.tokens) / perNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToOne / 1e9)), 0);
        }
    }

    /** Whether {@code key}'s bucket holds a token now, without taking it (a limit on failures checked before the attempt). */
    public Decision peek(String key, int capacity, long periodNanos) {
        Bucket b = buckets.get(key);
        if (b == null) {
            return new Decision(true, 0, capacity);
        }
        long now = nanoClock.getAsLong();
        synchronized (b) {
            double perNano = (double) capacity / periodNanos;
            double tokens = Math.min(capacity, b.tokens + (now - b.updated) * perNano);
            if (tokens >= 1) {
                return new Decision(true, 0, (int) Math.floor(tokens));
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)), 0);
        }
    }

    private void evictIdle(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue().updated > 600_000_000_000L) {
                it.remove();
            }
        }
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // under a flood of distinct keys, start afresh rather than grow without bound
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }
    }
}
