package nl.leercultuur.gateway.routing;

import com.netflix.concurrency.limits.Limit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many requests a backend is given at once, and who goes next. The number adapts to the backend's latency
 * (a concurrency-limits {@link Limit}, e.g. the gradient limit); requests beyond it wait in a short queue and the
 * rest are refused at once, so a busy backend is kept busy but never buried. The queue is fair per client key: a
 * free slot goes to the waiting client that holds the fewest slots (clients with as many take turns), and when the
 * queue is full a newcomer takes the place of the newest request of the client with the most waiting. A lone client may use every slot
 * (work-conserving); a flooding client cannot starve the others.
 * <p>
 * A queue absorbs bursts; a queue that never empties only adds waiting (CoDel's "standing queue"). Each client's queue
 * is judged on its own, as in FQ-CoDel: once a client's waiting line has not been empty for {@code standingNanos} (half
 * a second by default), that client's requests wait at most {@code overloadedWaitNanos}: its older waiters are refused
 * when the next slot frees, and {@link #waitAllowanceNanos} tells the caller the shorter wait for its timer. So the
 * excess of a client that keeps more coming than it is given is answered within a few tens of milliseconds, while a
 * short burst still waits its turn, and a client beside a flood keeps its normal wait (it is first in line anyway).
 * <p>
 * Callbacks run on the caller's thread, outside the lock. No I/O here: plain code, unit tested with a fake clock.
 */
public final class AdmissionControl {

    /** A granted slot: exactly one of its methods is called when the request ends. */
    public interface Ticket {
        /** The backend answered; {@code overloaded} when it said so (503) or did not answer in time. */
        void done(boolean overloaded);

        /** The request ended without telling anything about the backend (the client went away). */
        void abandon();
    }

    /** A request waiting for a slot; {@link #cancel()} takes it out if it is still waiting. */
    public interface Waiting {
        boolean cancel();
    }

    public interface Listener {
        void admitted(Ticket ticket);

        void refused();
    }

    private final Limit limit;
    private final int queueSize;
    private final long standingNanos;
    private final long overloadedWaitNanos;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, ClientQueue> queues = new LinkedHashMap<>();

    /** One client's waiting line; it exists only while not empty, so its birth is when it last became non-empty. */
    private static final class ClientQueue extends ArrayDeque<Waiter> {
        final long since;

        ClientQueue(long since) {
            this.since = since;
        }
    }
    private final Map<String, Integer> held = new java.util.HashMap<>();
    private int inflight;
    private int queued;

    public AdmissionControl(Limit limit, int queueSize, LongSupplier nanoClock) {
        this(limit, queueSize, Long.MAX_VALUE, Long.MAX_VALUE, nanoClock);
    }

    /**
     * @param standingNanos       how long the queue must have held someone before it counts as standing (overload)
     * @param overloadedWaitNanos the longest wait for a slot while the queue is standing
     */
    public AdmissionControl(Limit limit, int queueSize, long standingNanos, long overloadedWaitNanos, LongSupplier nanoClock) {
        this.limit = limit;
        this.queueSize = queueSize;
        this.standingNanos = standingNanos;
        this.overloadedWaitNanos = overloadedWaitNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * How long a request of this client that is queued now may wait: {@code normalNanos}, or the short wait while the
     * client's waiting line stands.
     */
    public synchronized long waitAllowanceNanos(String key, long normalNanos) {
        ClientQueue q = queues.get(key);
        return q != null && standing(q, nanoClock.getAsLong()) ? Math.min(normalNanos, overloadedWaitNanos) : normalNanos;
    }

    private boolean standing(ClientQueue q, long now) {
        return now - q.since >= standingNanos;
    }

    /** Admits at once, queues, or refuses; the listener hears which (now, or later when a slot frees). */
    public Waiting acquire(String key, Listener listener) {
        Waiter me = new Waiter(key, listener, nanoClock.getAsLong());
        Waiter evicted = null;
        boolean admitNow = false;
        boolean refuse = false;
        synchronized (this) {
            if (queued == 0 && inflight < limit.getLimit()) {
                take(key);
                admitNow = true;
            } else if (queued < queueSize) {
                enqueue(me);
            } else {
                ClientQueue longest = longestQueue();
                ClientQueue mine = queues.get(key);
                int myLength = mine == null ? 0 : mine.size();
                if (longest != null && longest.size() > myLength + 1) {
                    evicted = longest.pollLast();
                    queued--;
                    if (longest.isEmpty()) {
                        queues.remove(evicted.key);
                    }
                    enqueue(me);
                } else {
                    refuse = true;
                }
            }
        }
        if (evicted != null) {
            evicted.listener.refused();
        }
        if (refuse) {
            listener.refused();
        } else if (admitNow) {
            listener.admitted(new Slot(key, nanoClock.getAsLong()));
        }
        return me;
    }

    public synchronized int inflight() {
        return inflight;
    }

    public synchronized int queued() {
        return queued;
    }

    public int limit() {
        return limit.getLimit();
    }

    private void enqueue(Waiter w) {
        queues.computeIfAbsent(w.key, k -> new ClientQueue(w.since)).addLast(w);
        queued++;
    }

    private ClientQueue longestQueue() {
        ClientQueue longest = null;
        for (ClientQueue q : queues.values()) {
            if (longest == null || q.size() > longest.size()) {
                longest = q;
            }
        }
        return longest;
    }

    private void take(String key) {
        inflight++;
        held.merge(key, 1, Integer::sum);
    }

    private void release(String key, long started, boolean sample, boolean overloaded) {
        List<Waiter> admitted = new ArrayList<>();
        List<Waiter> expired = new ArrayList<>();
        long now = nanoClock.getAsLong();
        synchronized (this) {
            if (sample) {
                limit.onSample(started, now - started, inflight, overloaded);
            }
            inflight--;
            held.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
            expireStanding(now, expired);
            int max = limit.getLimit();
            while (inflight < max && queued > 0) {
                // the waiting client holding the fewest slots; among equals, the first in line, which then moves back
                String next = null;
                int fewest = Integer.MAX_VALUE;
                for (String k : queues.keySet()) {
                    int h = held.getOrDefault(k, 0);
                    if (h < fewest) {
                        fewest = h;
                        next = k;
                    }
                }
                ClientQueue q = queues.remove(next);
                Waiter w = q.pollFirst();
                if (!q.isEmpty()) {
                    queues.put(next, q);
                }
                queued--;
                w.taken = true;
                take(next);
                admitted.add(w);
            }
        }
        for (Waiter w : expired) {
            w.listener.refused();
        }
        for (Waiter w : admitted) {
            w.listener.admitted(new Slot(w.key, now));
        }
    }

    /**
     * Takes out of every standing line the waiters that waited longer than the short wait (they are refused by the
     * caller, outside the lock).
     */
    private void expireStanding(long now, List<Waiter> out) {
        long cutoff = now - overloadedWaitNanos;
        for (java.util.Iterator<ClientQueue> it = queues.values().iterator(); it.hasNext(); ) {
            ClientQueue q = it.next();
            if (!standing(q, now)) {
                continue;
            }
            while (!q.isEmpty() && q.peekFirst().since - cutoff < 0) {
                Waiter w = q.pollFirst();
                w.taken = true;
                queued--;
                out.add(w);
            }
            if (q.isEmpty()) {
                it.remove();
            }
        }
    }

    private final class Waiter implements Waiting {
        final String key;
        final Listener listener;
        final long since;
        boolean taken;

        Waiter(String key, Listener listener, long since) {
            this.key = key;
            this.listener = listener;
            this.since = since;
        }

        @Override
        public boolean cancel() {
            synchronized (AdmissionControl.this) {
                if (taken) {
                    return false;
                }
                ClientQueue q = queues.get(key);
                if (q == null || !q.remove(this)) {
                    return false; // admitted at once, or already evicted
                }
                queued--;
                if (q.isEmpty()) {
                    queues.remove(key);
                }
                return true;
            }
        }
    }

    private final class Slot implements Ticket {
        private final String key;
        private final long started;
        private boolean ended;

        Slot(String key, long started) {
            this.key = key;
            this.started = started;
        }

        @Override
        public void done(boolean overloaded) {
            end(true, overloaded);
        }

        @Override
        public void abandon() {
            end(false, false);
        }

        private void end(boolean sample, boolean overloaded) {
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
            }
            release(key, started, sample, overloaded);
        }
    }
}
