package nl.leercultuur.gateway.routing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A small per-backend circuit breaker: after {@code threshold} consecutive failures calls are refused for
 * {@code openMs}; then a single probe is let through, and its outcome closes or re-opens the circuit.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openMs;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong(-1);
    private final AtomicBoolean probing = new AtomicBoolean();

    public CircuitBreaker(int threshold, long openMs, LongSupplier clockMs) {
        this.threshold = threshold;
        this.openMs = openMs;
        this.clock = clockMs;
    }

    /** Whether a call may go to the backend now. */
    public boolean allow() {
        long opened = openedAt.get();
        if (opened < 0) {
            return true;
        }
        if (clock.getAsLong() - opened < openMs) {
            return false;
        }
        return probing.compareAndSet(false, true);
    }

    public void success() {
        failures.set(0);
        openedAt.set(-1);
        probing.set(false);
    }

    public void failure() {
        if (probing.getAndSet(false) || failures.incrementAndGet() >= threshold) {
            openedAt.set(clock.getAsLong());
        }
    }

    public State state() {
        long opened = openedAt.get();
        if (opened < 0) {
            return State.CLOSED;
        }
        return clock.getAsLong() - opened < openMs ? State.OPEN : State.HALF_OPEN;
    }
}
