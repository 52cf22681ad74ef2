package nl.leercultuur.platform.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Calls per second of the rate limit stores: prints figures, asserts nothing on time. In every build in its smoke form
 * (half a second per scenario, so it cannot rot); at full length with {@code ./mvnw -B -o -q -pl platform,testkit verify
 * -Dtest=PostgresRateLimiterBenchmark -Dbench.smoke=false -Dsurefire.failIfNoSpecifiedTests=false}; read
 * testkit/target/surefire-reports/*Benchmark-output.txt.
 */
class PostgresRateLimiterBenchmark {

    static final int CLIENTS = 32;
    static final Duration RUN = Boolean.getBoolean("bench.smoke") ? Duration.ofMillis(500) : Duration.ofSeconds(5);
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    void callsPerSecond() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase("ratelimit_bench");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.server().user(), db.server().password());
             Statement s = c.createStatement();
             InputStream in = PostgresRateLimiter.class.getResourceAsStream("/db/platform/ratelimit/V7_2__rate_limit_bucket.sql")) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-52s %10s %9s %9s", "store, keys (" + CLIENTS + " client threads, " + RUN.toSeconds() + " s)",
                "calls/s", "p50 ms", "p99 ms"));
        RateLimiter memory = new LocalRateLimiter();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        lines.add(run("memory, one hot key", i -> memory, i -> "hot"));
        lines.add(run("memory, 10,000 keys", i -> memory, i -> "k" + ThreadLocalRandom.current().nextInt(10_000)));
        try (AgroalDataSource p1 = pool(db); AgroalDataSource p2 = pool(db);
             PostgresRateLimiter a = new PostgresRateLimiter(p1, registry); PostgresRateLimiter b = new PostgresRateLimiter(p2, registry)) {
            run("(warm-up)", i -> a, i -> "k" + ThreadLocalRandom.current().nextInt(1_000));
            lines.add(run("postgres, one replica, one hot key", i -> a, i -> "hot"));
            lines.add(run("postgres, one replica, 10,000 keys", i -> a, i -> "k" + ThreadLocalRandom.current().nextInt(10_000)));
            lines.add(run("postgres, two replicas, one hot key", i -> i % 2 == 0 ? a : b, i -> "hot2"));
            lines.add(run("postgres, two replicas, 10,000 keys", i -> i % 2 == 0 ? a : b,
                    i -> "k2-" + ThreadLocalRandom.current().nextInt(10_000)));
            lines.add("decided locally (store too slow or away) over all postgres runs: "
                    + (long) registry.get(PostgresRateLimiter.FALLBACK_METER).counter().count());
        } finally {
            TestPostgres.drop(db);
        }
        System.out.println(String.join("\n", lines));
    }

    static AgroalDataSource pool(TestPostgres.Database db) throws Exception {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(p -> p
                .maxSize(16).connectionFactoryConfiguration(f -> f.jdbcUrl(db.jdbcUrl())
                        .principal(new NamePrincipal(db.server().user())).credential(new SimplePassword(db.server().password())))));
    }

    /** Each client thread calls acquire as fast as it can for RUN, on the limiter and key given per call. */
    static String run(String name, IntFunction<RateLimiter> limiterOfClient, IntFunction<String> key) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + RUN.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            results.add(clients.submit(() -> {
                RateLimiter limiter = limiterOfClient.apply(client);
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    limiter.acquire(key.apply(n), 1_000_000, HOUR);
                    latencies[n++ & 0xFFFF] = System.nanoTime() - t;
                }
                long[] out = Arrays.copyOf(latencies, Math.min(n, latencies.length) + 1);
                out[out.length - 1] = n;
                return out;
            }));
        }
        long calls = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] r = f.get();
            calls += r[r.length - 1];
            for (int i = 0; i < r.length - 1; i++) {
                all.add(r[i]);
            }
        }
        clients.shutdown();
        all.sort(null);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
        double p99 = all.isEmpty() ? 0 : all.get((int) (all.size() * 0.99)) / 1e6;
        return String.format("%-52s %10.0f %9.3f %9.3f", name, calls / (double) RUN.toSeconds(), p50, p99);
    }
}
