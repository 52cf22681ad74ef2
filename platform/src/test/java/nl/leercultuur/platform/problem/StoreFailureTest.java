package nl.leercultuur.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoreFailureTest {

    static RuntimeException wrapped(String sqlState) {
        return new RuntimeException("could not execute statement", new SQLException("ERROR: ...", sqlState));
    }

    @Test
    void valuesTheDatabaseRefusesAreTheCallersMistake() {
        assertEquals(400, StoreFailure.of(wrapped("22021")).status(), "NUL byte in text");
        assertEquals(400, StoreFailure.of(wrapped("22P05")).status(), "\\u0000 in jsonb");
        assertEquals(400, StoreFailure.of(wrapped("22003")).status(), "number out of range");
        assertEquals(400, StoreFailure.of(wrapped("22999")).status(), "any other data exception");
        assertEquals("invalid-value", StoreFailure.of(wrapped("22021")).slug());
    }

    @Test
    void duplicatesAreConflictsAndAnUnreachableDatabaseIsAPassingUnavailability() {
        assertEquals(409, StoreFailure.of(wrapped("23505")).status());
        assertEquals(400, StoreFailure.of(wrapped("23514")).status(), "a CHECK constraint the service's validation missed");
        assertEquals(503, StoreFailure.of(wrapped("08006")).status());
        assertEquals(503, StoreFailure.of(wrapped("57P01")).status(), "the server is shutting down");
        assertEquals(503, StoreFailure.of(new IllegalStateException(new SQLTransientConnectionException("pool exhausted"))).status());
    }

    @Test
    void aCommitThatFailedBecauseTheDatabaseWentAwayIsAPassingUnavailability() {
        // as Narayana reports it: the rollback, with the driver's error kept as a suppressed exception
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertEquals(503, StoreFailure.of(new RuntimeException("Error invoking subclass method", rollback)).status());
    }

    @Test
    void everythingElseStaysUnexpected() {
        assertNull(StoreFailure.of(wrapped("42P01")), "a missing table is our bug, not the caller's");
        assertNull(StoreFailure.of(new NullPointerException()));
    }
}
