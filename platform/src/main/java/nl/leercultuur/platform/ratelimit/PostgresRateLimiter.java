package nl.leercultuur.platform.ratelimit;

import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.leercultuur.platform.problem.Causes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Limits shared by every replica that uses the same database: one Bucket4j bucket per key in the table
 * {@value #TABLE} (migration {@code db/platform/ratelimit}), read and written under {@code SELECT … FOR UPDATE} in a
 * short transaction of its own, so two gateways admit N per minute together, not N each.
 *
 * <ul>
 *   <li><b>Never fails a request.</b> A store that cannot answer within {@link Settings#decisionTimeout} (database down,
 *   pool exhausted, table not migrated yet, queue full) is replaced for that call by a {@link LocalRateLimiter}; after a
 *   timeout or an SQL failure every call for {@link Settings#storeRetry} is decided locally at once, rather than each
 *   waiting for the same timeout. Logged at most once a minute; counted in {@code leercultuur.ratelimit.store.fallback}.</li>
 *   <li><b>Off the caller's thread.</b> The JDBC work runs on a small pool of its own: an event loop gets a
 *   {@link CompletionStage}, and a blocking caller inside a JTA transaction still gets a connection that is not enlisted
 *   in it (the store commits its own transactions).</li>
 *   <li><b>Bounded table.</b> A row's {@code expires_at} is when its bucket will be full again plus
 *   {@link Settings#keepAfterRefill} (Bucket4j's expiration-after-write); a full bucket is the same as none, so removing
 *   it changes no decision. Each instance removes expired rows every {@link Settings#cleanupEvery}.</li>
 *   <li><b>Concurrent calls for one key</b> within this instance are merged into one round trip (Bucket4j's batching).</li>
 *   <li><b>No keys in the table</b>: rows are keyed by a SHA-256 digest of the key and its limit.</li>
 * </ul>
 */
public final class PostgresRateLimiter implements RateLimiter, AutoCloseable {

    public static final String TABLE = "rate_limit_bucket";
    public static final String FALLBACK_METER = "leercultuur.ratelimit.store.fallback";

    private static final Logger LOG = Logger.getLogger(PostgresRateLimiter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final int MAX_PROXIES = 100_000;
    private static final int CLEANUP_BATCH = 1_000;

    /**
     * @param decisionTimeout longest wait for the store before deciding locally (also the statements' query timeout)
     * @param storeRetry      after the store failed, how long every call is decided locally before it is tried again
     * @param keepAfterRefill how long a row outlives the moment its bucket is full again
     * @param cleanupEvery    how often expired rows are removed
     * @param threads         threads (and so at most database connections) deciding at once
     * @param queue           decisions that may wait for a thread; beyond that they are decided locally
     */
    public record Settings(Duration decisionTimeout, Duration storeRetry, Duration keepAfterRefill, Duration cleanupEvery,
                           int threads, int queue) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(1),
                    8, 1024);
        }

        public Settings withThreads(int threads) {
            return new Settings(decisionTimeout, storeRetry, keepAfterRefill, cleanupEvery, threads, queue);
        }

        public Settings withStoreRetry(Duration storeRetry) {
            return new Settings(decisionTimeout, storeRetry, keepAfterRefill, cleanupEvery, threads, queue);
        }

        public Settings withCleanupEvery(Duration cleanupEvery) {
            return new Settings(decisionTimeout, storeRetry, keepAfterRefill, cleanupEvery, threads, queue);
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final LocalRateLimiter local = new LocalRateLimiter();
    private final Settings settings;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService cleaner;
    private final Counter fallbacks;
    private final AtomicLong lastWarn = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile long localUntil = System.nanoTime();
    private volatile boolean degraded;

    public PostgresRateLimiter(DataSource dataSource, MeterRegistry registry) {
        this(dataSource, registry, Settings.defaults());
    }

    /** @param registry where the fallback counter goes; null: not counted */
    public PostgresRateLimiter(DataSource dataSource, MeterRegistry registry, Settings settings) {
        this.settings = settings;
        Duration queryTimeout = settings.decisionTimeout().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : settings.decisionTimeout();
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(settings.keepAfterRefill()))
                .requestTimeout(queryTimeout)
                .build();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(settings.queue()), daemon("rate-limit-store"));
        this.executor.allowCoreThreadTimeOut(true);
        this.cleaner = Executors.newSingleThreadScheduledExecutor(daemon("rate-limit-cleanup"));
        long every = settings.cleanupEvery().toMillis();
        this.cleaner.scheduleWithFixedDelay(this::removeExpired, every, every, TimeUnit.MILLISECONDS);
        this.fallbacks = registry == null ? null : Counter.builder(FALLBACK_METER)
                .description("Rate limit decisions taken by this instance alone because the shared store (PostgreSQL) did not answer")
                .register(registry);
    }

    @Override
    public Decision acquire(String key, int capacity, Duration period) {
        return acquireAsync(key, capacity, period).toCompletableFuture().join();
    }

    @Override
    public Decision peek(String key, int capacity, Duration period) {
        return peekAsync(key, capacity, period).toCompletableFuture().join();
    }

    @Override
    public CompletionStage<Decision> acquireAsync(String key, int capacity, Duration period) {
        return decide(key, capacity, period, b -> Buckets.decision(b.tryConsumeAndReturnRemaining(1)),
                () -> local.acquire(key, capacity, period));
    }

    @Override
    public CompletionStage<Decision> peekAsync(String key, int capacity, Duration period) {
        return decide(key, capacity, period, b -> Buckets.decision(b.estimateAbilityToConsume(1)),
                () -> local.peek(key, capacity, period));
    }

    private CompletableFuture<Decision> decide(String key, int capacity, Duration period, Function<BucketProxy, Decision> remote,
                                               Supplier<Decision> locally) {
        if (System.nanoTime() - localUntil < 0) {
            return CompletableFuture.completedFuture(fallback(locally));
        }
        CompletableFuture<Decision> shared;
        try {
            shared = CompletableFuture.supplyAsync(() -> shared(key, capacity, period, remote), executor);
        } catch (RejectedExecutionException e) {
            warn("its queue of " + settings.queue() + " decisions is full", false);
            return CompletableFuture.completedFuture(fallback(locally));
        }
        return shared.completeOnTimeout(null, settings.decisionTimeout().toNanos(), TimeUnit.NANOSECONDS).handle((d, e) -> {
            if (d != null) {
                if (degraded) {
                    degraded = false;
                    LOG.info("rate limits are shared again: the store (PostgreSQL) answers");
                }
                return d;
            }
            if (e == null || Causes.has(e, SQLException.class)) {
                storeAway(e == null ? "no answer within " + settings.decisionTimeout().toMillis() + " ms" : Causes.rootMessage(e));
            } else {
                warn(Causes.rootMessage(e), false); // not an outage: this call only
            }
            return fallback(locally);
        });
    }

    /**
     * Batching merges concurrent calls for one key into one command; for a bucket that is not in the table (new, or
     * removed once full) that merged command is answered "no such bucket" (Bucket4j makes a missing bucket only for a
     * single call, not a merged one), and every call in it fails. The call is then made on its own, unbatched, which
     * makes the bucket; the calls after it find it there.
     */
    private Decision shared(String key, int capacity, Duration period, Function<BucketProxy, Decision> remote) {
        try {
            return remote.apply(proxy(key, capacity, period));
        } catch (RuntimeException e) {
            if (!Causes.has(e, BucketNotFoundException.class)) { // (the batch's failure reaches its other calls wrapped)
                throw e;
            }
            return remote.apply(store.builder().build(Buckets.digest(Buckets.id(key, capacity, period)),
                    () -> Buckets.configuration(capacity, period)));
        }
    }

    private BucketProxy proxy(String key, int capacity, Duration period) {
        String id = Buckets.id(key, capacity, period);
        BucketProxy p = proxies.get(id);
        if (p == null) {
            if (proxies.size() >= MAX_PROXIES) {
                proxies.clear(); // a proxy holds no state (that is in the table): dropping one costs a rebuild only
            }
            p = proxies.computeIfAbsent(id, k -> store.builder().withOptimization(Optimizations.batching())
                    .build(Buckets.digest(k), () -> Buckets.configuration(capacity, period)));
        }
        return p;
    }

    private Decision fallback(Supplier<Decision> locally) {
        if (fallbacks != null) {
            fallbacks.increment();
        }
        return locally.get();
    }

    private void storeAway(String reason) {
        localUntil = System.nanoTime() + settings.storeRetry().toNanos();
        degraded = true;
        warn(reason, true);
    }

    private void warn(String reason, boolean backingOff) {
        long now = System.nanoTime();
        long last = lastWarn.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarn.compareAndSet(last, now)) {
            LOG.warnf("rate limits are decided by this instance alone %s: the shared store (PostgreSQL) did not decide (%s)%s "
                    + "(this warning at most once a minute)", backingOff ? "for now" : "for this call", reason,
                    backingOff ? String.format("; trying it again in %.1f s", settings.storeRetry().toMillis() / 1000.0) : "");
        }
    }

    /** Removes the rows of buckets that are full again (and kept a while): the table holds the active keys only. */
    int removeExpired() {
        int removed = 0;
        try {
            for (int round = 0; round < 100; round++) {
                int n = store.removeExpired(CLEANUP_BATCH);
                removed += n;
                if (n < CLEANUP_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // the store is away: the decisions say so already; the next round tries again
            LOG.debugf("could not remove expired rate limit buckets: %s", Causes.rootMessage(e));
        }
        return removed;
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
        executor.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
