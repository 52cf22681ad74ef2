package nl.leercultuur.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The limits of this instance alone, in memory: Bucket4j's local buckets in a bounded map. What one replica needs, and
 * what {@link PostgresRateLimiter} decides with while its database is away. Keys never leave the process.
 */
public final class LocalRateLimiter implements RateLimiter {

    static final int MAX_BUCKETS = 100_000;

    private record Entry(Bucket bucket, int capacity) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter clock;
    private final int maxBuckets;

    public LocalRateLimiter() {
        this(System::nanoTime);
    }

    /** With a clock of its own (nanoseconds, any origin): tests move time by hand. */
    public LocalRateLimiter(LongSupplier nanoClock) {
        this(nanoClock, MAX_BUCKETS);
    }

    LocalRateLimiter(LongSupplier nanoClock, int maxBuckets) {
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoClock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.maxBuckets = maxBuckets;
    }

    @Override
    public Decision acquire(String key, int capacity, Duration period) {
        String id = Buckets.id(key, capacity, period);
        Entry e = buckets.get(id);
        if (e == null) {
            if (buckets.size() >= maxBuckets) {
                evict();
            }
            e = buckets.computeIfAbsent(id, k -> new Entry(Bucket.builder().withCustomTimePrecision(clock)
                    .addLimit(Buckets.bandwidth(capacity, period)).build(), capacity));
        }
        return Buckets.decision(e.bucket().tryConsumeAndReturnRemaining(1));
    }

    @Override
    public Decision peek(String key, int capacity, Duration period) {
        Entry e = buckets.get(Buckets.id(key, capacity, period));
        // no bucket is a full one: nothing was taken from it, or it was dropped once full again
        return e == null ? Buckets.allowed(capacity) : Buckets.decision(e.bucket().estimateAbilityToConsume(1));
    }

    int size() {
        return buckets.size();
    }

    /**
     * Keeps the map bounded. A bucket that has refilled completely is the same as no bucket, so dropping those changes
     * no decision. If the map is still mostly full (a flood of distinct keys, each still limited), it starts afresh
     * rather than grow without bound; leaving a quarter free keeps this scan from running on every new key.
     */
    private synchronized void evict() {
        if (buckets.size() < maxBuckets) {
            return;
        }
        buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
        if (buckets.size() > maxBuckets * 3L / 4) {
            buckets.clear();
        }
    }
}
