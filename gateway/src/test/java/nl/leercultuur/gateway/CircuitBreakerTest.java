package nl.leercultuur.gateway;

import nl.leercultuur.gateway.routing.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircuitBreakerTest {

    @Test
    void opensAfterThresholdThenLetsOneProbeThrough() {
        AtomicLong now = new AtomicLong(0);
        CircuitBreaker b = new CircuitBreaker(3, 1000, now::get);
        b.failure();
        b.failure();
        assertTrue(b.allow());
        b.failure();
        assertEquals(CircuitBreaker.State.OPEN, b.state());
        assertFalse(b.allow());
        now.set(1000);
        assertTrue(b.allow(), "one probe after the open period");
        assertFalse(b.allow(), "only one probe at a time");
        b.failure();
        assertFalse(b.allow(), "a failed probe re-opens the circuit");
        now.set(2000);
        assertTrue(b.allow());
        b.success();
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        assertTrue(b.allow());
    }

    @Test
    void successResetsTheFailureCount() {
        CircuitBreaker b = new CircuitBreaker(2, 1000, () -> 0);
        b.failure();
        b.success();
        b.failure();
        assertTrue(b.allow());
    }
}
