package nl.leercultuur.gateway.edge;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.leercultuur.gateway.config.GatewayConfig;
import nl.leercultuur.gateway.config.GatewayConfig.Limits.Store;
import nl.leercultuur.platform.problem.Causes;
import nl.leercultuur.platform.ratelimit.LocalRateLimiter;
import nl.leercultuur.platform.ratelimit.PostgresRateLimiter;
import nl.leercultuur.platform.ratelimit.RateLimiter;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Where the edge's rate limits keep their buckets ({@code gateway.limits.store}): in this replica's memory, or in
 * PostgreSQL, shared by every gateway on the same database (platform's {@link PostgresRateLimiter}).
 *
 * <p>The datasource and Flyway are looked up only in {@code postgres} mode: without a {@code quarkus.datasource.jdbc.url}
 * Quarkus keeps both inactive, and the gateway starts and runs with no database at all (the default).
 *
 * <p>In {@code postgres} mode the bucket table is migrated at start. A database that is not there yet does not stop the
 * gateway (it is the one entry to the platform): the migration is retried in the background, and until the table is
 * there the limiter decides locally, as it does whenever its store is away.
 */
@Singleton
class EdgeLimits {

    private static final Logger LOG = Logger.getLogger(EdgeLimits.class);
    private static final long RETRY_MS_MAX = 10_000;

    private final GatewayConfig config;
    private final InjectableInstance<AgroalDataSource> dataSource;
    private final InjectableInstance<Flyway> flyway;
    private final MeterRegistry registry;
    private volatile boolean stopping;
    /** The first migration attempt at start is over (whatever its outcome): the gateway may take requests. */
    private volatile boolean settled;
    private volatile boolean migrated;

    EdgeLimits(GatewayConfig config, InjectableInstance<AgroalDataSource> dataSource, InjectableInstance<Flyway> flyway,
               MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.registry = registry;
    }

    @Produces
    @Singleton
    RateLimiter limiter() {
        if (config.limits().store() == Store.MEMORY) {
            return new LocalRateLimiter();
        }
        return new PostgresRateLimiter(activeDataSource(), registry);
    }

    void close(@Disposes RateLimiter limiter) {
        if (limiter instanceof PostgresRateLimiter p) {
            p.close();
        }
    }

    /**
     * Migrates the table before the gateway reports ready, then makes one decision so that the first requests do not
     * pay for the store's first connection and its classes. With the database away, it goes on in the background.
     */
    void migrate(@Observes StartupEvent ev, RateLimiter limiter) {
        if (config.limits().store() != Store.POSTGRES) {
            settled = true;
            return;
        }
        activeDataSource();
        Flyway migrations = flyway.getActive();
        try {
            if (attempt(migrations, true)) {
                limiter.peek("gateway-start", 1, Duration.ofSeconds(1));
                return;
            }
        } finally {
            settled = true;
        }
        Thread t = new Thread(() -> {
            long delay = 500;
            int attempts = 1;
            while (!stopping) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                attempts++;
                // a warning now and then, not one per attempt
                if (attempt(migrations, attempts % 10 == 0)) {
                    LOG.infof("rate limit table migrated after %d attempts: limits are shared by all gateways", attempts);
                    return;
                }
                delay = Math.min(delay * 2, RETRY_MS_MAX);
            }
        }, "rate-limit-migration");
        t.setDaemon(true);
        t.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        stopping = true;
    }

    private boolean attempt(Flyway migrations, boolean warn) {
        try {
            migrations.migrate();
            migrated = true;
            return true;
        } catch (RuntimeException e) {
            if (warn) {
                LOG.warnf("gateway.limits.store=postgres, but the rate limit table could not be migrated (%s); limits are "
                        + "decided by this gateway alone until it can, retrying", Causes.rootMessage(e));
            }
            return false;
        }
    }

    private AgroalDataSource activeDataSource() {
        try {
            return dataSource.getActive();
        } catch (RuntimeException e) {
            throw new IllegalStateException("gateway.limits.store=postgres needs a database: set quarkus.datasource.jdbc.url "
                    + "(GATEWAY_DB_URL), quarkus.datasource.username and quarkus.datasource.password (DB_USER, DB_PASSWORD)", e);
        }
    }

    /**
     * Not ready only while the first migration at start runs (shared limits from the first request on); after that
     * ready whatever the database does, since without it each gateway limits alone. The data tells which.
     */
    @ApplicationScoped
    @Readiness
    static class Check implements HealthCheck {
        private final EdgeLimits limits;

        Check(EdgeLimits limits) {
            this.limits = limits;
        }

        @Override
        public HealthCheckResponse call() {
            boolean postgres = limits.store() == Store.POSTGRES;
            return HealthCheckResponse.named("rate-limits").status(limits.settled())
                    .withData("store", postgres ? "postgres" : "memory")
                    .withData("shared", postgres && limits.migrated()).build();
        }
    }

    Store store() {
        return config.limits().store();
    }

    boolean settled() {
        return settled;
    }

    boolean migrated() {
        return migrated;
    }
}
