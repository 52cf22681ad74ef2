package nl.leercultuur.platform.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A lease in PostgreSQL, not a hope: lets one replica of a service at a time do a job that several replicas must not
 * do at once (relay the outbox, close due scans, …). {@link #tryLock} takes a transaction-scoped advisory lock named
 * by the job on the connection of the current transaction and says whether this replica got it. It is held until
 * that transaction commits or rolls back, and PostgreSQL drops it with the connection when a replica dies, so a
 * stopped replica never blocks the job. It never waits: a replica that does not get it skips the run and tries again
 * at its next one. ({@link #lock} waits instead, for work each replica must do, one after the other.)
 * <p>
 * The name is hashed to the 64-bit key space of advisory locks ({@code hashtextextended}); keys are per database,
 * and each service has its own database, so the same name in two services is two locks. A collision with another
 * user of advisory locks (Flyway's migration lock) is as likely as a random 64-bit one.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.database.enabled", stringValue = "true")
public class ClusterLock {

    private final AgroalDataSource dataSource;

    ClusterLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the lock {@code name} for the current (JTA) transaction if no other transaction holds it; returns whether
     * it did. Must run inside a transaction: outside one the lock would be released the moment it was taken.
     */
    public boolean tryLock(String name) {
        requireTransaction(name);
        // inside a transaction the data source hands out the connection enlisted in it (the one Hibernate uses too);
        // closing this handle does not release it before the transaction ends
        try (Connection c = dataSource.getConnection()) {
            return tryLock(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not ask for the cluster lock '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the lock {@code name} and holds it for the current (JTA) transaction: for work every replica does
     * (loading built-in data at start) that must not run in two at once.
     */
    public void lock(String name) {
        requireTransaction(name);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the cluster lock '" + name + "': " + e.getMessage(), e);
        }
    }

    private static void requireTransaction(String name) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("the cluster lock '" + name + "' is held for a transaction: take it inside one");
        }
    }

    /**
     * The same as {@link #tryLock(String)} on a plain JDBC connection with auto-commit off: held until that
     * connection's transaction ends.
     */
    public static boolean tryLock(Connection c, String name) throws SQLException {
        if (c.getAutoCommit()) {
            throw new IllegalStateException("the cluster lock '" + name + "' is held for a transaction: turn auto-commit off");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)) AS got")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean("got");
            }
        }
    }
}
