package nl.leercultuur.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import nl.leercultuur.platform.ratelimit.RateLimiter.Decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** What both stores share: the bucket's shape, its identity and how Bucket4j's answers become a {@link Decision}. */
final class Buckets {

    private Buckets() {
    }

    /** {@code capacity} tokens at once, refilled evenly (greedily: a token as soon as it is due) over {@code period}. */
    static Bandwidth bandwidth(int capacity, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    }

    static BucketConfiguration configuration(int capacity, Duration period) {
        return BucketConfiguration.builder().addLimit(bandwidth(capacity, period)).build();
    }

    /** The bucket of a key under one limit: the same key under another limit is another bucket. */
    static String id(String key, int capacity, Duration period) {
        return key + '|' + capacity + '/' + period.toMillis();
    }

    /**
     * The row key of a bucket in a shared store: a SHA-256 digest, never the key itself, which may be a credential (an
     * answering code) or personal data (a client address) that must not land in a table.
     */
    static String digest(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static Decision decision(ConsumptionProbe probe) {
        return probe.isConsumed() ? allowed(probe.getRemainingTokens()) : refused(probe.getNanosToWaitForRefill());
    }

    static Decision decision(EstimationProbe probe) {
        return probe.canBeConsumed() ? allowed(probe.getRemainingTokens()) : refused(probe.getNanosToWaitForRefill());
    }

    static Decision allowed(long remaining) {
        return new Decision(true, 0, (int) Math.min(Integer.MAX_VALUE, Math.max(0, remaining)));
    }

    /** Retry-After in whole seconds, rounded up, at least 1: a client told 0 would come back at once. */
    static Decision refused(long nanosToWait) {
        return new Decision(false, Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L), 0);
    }
}
