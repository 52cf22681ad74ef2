package nl.leercultuur.platform.db;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.leercultuur.platform.problem.Causes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Migrates the service's database at start, and waits for PostgreSQL when it is not there yet instead of failing
 * (which under an orchestrator becomes a restart loop): the service starts, answers liveness, reports not ready and
 * retries until the database answers; then it migrates and fires {@link DatabaseReady}, on which work that needs the
 * tables starts (event consumers, start-up data). A migration that fails for any other reason still stops the start.
 * Services set {@code leercultuur.database.enabled=true} and {@code quarkus.flyway.migrate-at-start=false}.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.database.enabled", stringValue = "true")
public class DatabaseStartup {

    /** Fired once the schema is migrated. */
    public record DatabaseReady() {
    }

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);
    private static final long LOG_EVERY_MS = 10_000;

    private final Flyway flyway;
    private final Event<DatabaseReady> ready;

    DatabaseStartup(Flyway flyway, Event<DatabaseReady> ready) {
        this.flyway = flyway;
        this.ready = ready;
    }

    private volatile boolean migrated;
    private volatile boolean stopping;
    private volatile String lastFailure = "not tried yet";

    void start(@Observes StartupEvent ev) {
        if (attempt()) {
            return;
        }
        LOG.warnf("PostgreSQL is not reachable (%s); the service waits for it and reports not ready meanwhile", lastFailure);
        Thread t = new Thread(this::waitForDatabase, "database-startup");
        t.setDaemon(true);
        t.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        stopping = true;
    }

    public boolean migrated() {
        return migrated;
    }

    String lastFailure() {
        return lastFailure;
    }

    private void waitForDatabase() {
        long delay = 250;
        long lastLog = System.currentTimeMillis();
        long since = lastLog;
        while (!stopping) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (attempt()) {
                    LOG.infof("PostgreSQL reachable after %.1f s; schema migrated", (System.currentTimeMillis() - since) / 1000.0);
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("the database answered but its migration failed; the service stays not ready", e);
                lastFailure = "migration failed: " + e.getMessage();
                return;
            }
            delay = Math.min(delay * 2, 2000);
            if (System.currentTimeMillis() - lastLog >= LOG_EVERY_MS) {
                lastLog = System.currentTimeMillis();
                LOG.warnf("still waiting for PostgreSQL (%s)", lastFailure);
            }
        }
    }

    /** Migrates; false when the database cannot be reached (yet), an exception for any other failure. */
    private boolean attempt() {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            lastFailure = Causes.rootMessage(e);
            return false;
        }
        migrated = true;
        ready.fire(new DatabaseReady());
        return true;
    }

    /** Connection refused, a connection-class SQL state (08…), or a server still starting or shutting down (57P0x). */
    static boolean unreachable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.SocketTimeoutException || c instanceof java.io.EOFException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** Not ready until the schema is migrated; says what it waits for. */
    @ApplicationScoped
    @Readiness
    @IfBuildProperty(name = "leercultuur.database.enabled", stringValue = "true")
    public static class Check implements HealthCheck {
        private final DatabaseStartup database;

        Check(DatabaseStartup database) {
            this.database = database;
        }

        @Override
        public HealthCheckResponse call() {
            // through methods: the injected reference is a client proxy, its fields are not the bean's
            boolean migrated = database.migrated();
            return HealthCheckResponse.named("database-migrated").status(migrated)
                    .withData("state", migrated ? "migrated" : "waiting: " + database.lastFailure()).build();
        }
    }

    /** For {@code @Scheduled(skipExecutionIf = …)}: jobs that need the tables wait until the migration ran. */
    @Singleton
    @IfBuildProperty(name = "leercultuur.database.enabled", stringValue = "true")
    public static class NotMigrated implements Scheduled.SkipPredicate {
        private final DatabaseStartup database;

        NotMigrated(DatabaseStartup database) {
            this.database = database;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !database.migrated();
        }
    }
}
