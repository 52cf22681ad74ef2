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
 * queue is full a newcomer takes the place of the newest request of the client with the most waiting (if that line is
 * at least two longer than the newcomer's own). A lone client may use every slot
 * (work-conserving); a flooding client cannot starve the others.
 * <p>
 * A queue absorbs bursts; a queue that never empties only adds waiting (CoDel's "standing queue"). Two signals end
 * the long wait of a burst:
 * <ul>
 * <li>per client, as in FQ-CoDel: a client's waiting line that has not been empty that long stands (a standing line
 * that empties and forms again within the same half second still stands), so the excess of a client that keeps more
 * coming than it is given waits at most {@code standingWaitNanos} (a fifth of a second by default), while a client
 * beside it keeps its normal wait (it holds fewer slots, so it is first in line anyway). That wait is a user's, not
 * the backend's: a lone client with more connections than the limit (a web server, wrk) also has a line that never
 * empties, each refusal only brings its next request at once, and it holds no more than its connections, so its
 * requests wait their turn of a few dozen milliseconds instead of being refused after 20;</li>
 * <li>for the backend: arrivals have found no place in the queue without a pause for {@code sheddingNanos} (a tenth
 * of a second by default, CoDel's interval). Then more comes than the backend and the queue hold, whoever sends it (a
 * crowd of clients, none of them flooding), and every line's waits are short until as long a pause without such a
 * refusal, or as long a time in which what arrives fits the backend's limit again (arrival rate times answer time,
 * Little's law: the shortened queue below refuses what a normal one would hold, so refusals alone would keep the
 * overload going under bursts the backend can serve). One burst that overflows the queue is not this: its waiters still
 * wait their turn. Only arrivals refused for want of a place count: the refusals of the short waits themselves would
 * otherwise keep the overload going after its cause had passed (a backend slow for a moment while warming up). An
 * arrival that finds a free slot does not end it either: the adaptive limit rising for a moment would otherwise
 * restore the long waits in the middle of a storm.</li>
 * </ul>
 * A waiter over the short wait is refused when the next slot frees, and {@link #waitAllowanceNanos} tells the caller
 * the shorter wait for its timer. While the backend is overloaded the queue holds only as many as it frees slots for
 * within the short wait at its recent pace; the rest are refused as they come. So under overload most of the excess is
 * answered 503 at once and the rest within the short wait (simulated: 8 clients at 4x a backend's capacity, shed p50
 * 0 ms and p99 20 ms, served requests waiting p50 8 ms; the per-client rule alone left a shed p99 of 177 ms: the lines
 * kept emptying and forming again).
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

    /**
     * A request waiting for a slot; {@link #cancel()} takes it out if it is still waiting (the client went away, or it
     * waited as long as it may and the caller refuses it).
     */
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
    private final long sheddingNanos;
    private final long standingWaitNanos;
    private final long overloadedWaitNanos;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, ClientQueue> queues = new LinkedHashMap<>();

    /** One client's waiting line; it exists only while not empty, so its birth is when it last became non-empty. */
    private static final class ClientQueue extends ArrayDeque<Waiter> {
        final String key;
        final long since;

        ClientQueue(String key, long since) {
            this.key = key;
            this.since = since;
        }
    }
    private final Map<String, Integer> held = new java.util.HashMap<>();
    /**
     * Lines the standing rule emptied, by client: when and since when they stood. A line that forms again within
     * {@code standingNanos} continues to stand (otherwise every expiry would reset the client to the long wait of a
     * burst, and a flood would alternate between waits of half a second and refusals).
     */
    private final Map<String, long[]> emptiedStanding = new java.util.HashMap<>();
    private int inflight;
    private int queued;
    /** When a slot last freed, and the average time between two (moving average of the last few): the backend's pace. */
    private long lastRelease;
    private long releaseGapNanos;
    /**
     * The average time between arrivals and the backend's average answer time (moving averages of the last few): while
     * overloaded, the shortened queue refuses arrivals that a normal one would have held, so refusals alone cannot
     * tell when the overload is over; what arrives times how long each takes, against the limit, can.
     */
    private long lastArrival;
    private long arrivalGapNanos;
    private long latencyNanos;
    private long fitsSince = -1;
    /**
     * Arrivals that found no place in the queue with no pause of {@code sheddingNanos} between them: since when, and the
     * last one. Refusing that has gone on that long is overload, not a burst; it lasts until a pause as long.
     */
    private long refusingSince;
    private long lastRefusal;
    private boolean refusing;
    private boolean overloaded;

    public AdmissionControl(Limit limit, int queueSize, LongSupplier nanoClock) {
        this(limit, queueSize, Long.MAX_VALUE, Long.MAX_VALUE, nanoClock);
    }

    /**
     * @param standingNanos       how long a client's line must have held someone before it counts as standing; also
     *                            how long arrivals must have been refused before the backend counts as overloaded
     * @param overloadedWaitNanos the longest wait for a slot while the queue is standing
     */
    public AdmissionControl(Limit limit, int queueSize, long standingNanos, long overloadedWaitNanos, LongSupplier nanoClock) {
        this(limit, queueSize, standingNanos, standingNanos, overloadedWaitNanos, nanoClock);
    }

    /** As below, a standing line waiting as briefly as an overloaded backend. */
    public AdmissionControl(Limit limit, int queueSize, long standingNanos, long sheddingNanos, long overloadedWaitNanos,
                            LongSupplier nanoClock) {
        this(limit, queueSize, standingNanos, sheddingNanos, overloadedWaitNanos, overloadedWaitNanos, nanoClock);
    }

    /**
     * @param standingNanos       how long a client's line must have held someone before it counts as standing
     * @param sheddingNanos       how long arrivals must have found the queue full without a pause before the backend counts as overloaded
     * @param standingWaitNanos   the longest wait for a slot in a standing line
     * @param overloadedWaitNanos the longest wait for a slot while the backend is overloaded
     */
    public AdmissionControl(Limit limit, int queueSize, long standingNanos, long sheddingNanos, long standingWaitNanos,
                            long overloadedWaitNanos, LongSupplier nanoClock) {
        this.limit = limit;
        this.queueSize = queueSize;
        this.standingNanos = standingNanos;
        this.sheddingNanos = sheddingNanos;
        this.standingWaitNanos = standingWaitNanos;
        this.overloadedWaitNanos = overloadedWaitNanos;
        this.nanoClock = nanoClock;
        this.lastArrival = nanoClock.getAsLong();
        this.lastRelease = lastArrival;
    }

    /**
     * How long a request of this client that is queued now may wait: {@code normalNanos}, or the shorter wait while the
     * client's waiting line stands, or the shortest while the backend is overloaded.
     */
    public synchronized long waitAllowanceNanos(String key, long normalNanos) {
        ClientQueue q = queues.get(key);
        long now = nanoClock.getAsLong();
        if (overloaded(now)) {
            return Math.min(normalNanos, overloadedWaitNanos);
        }
        return q != null && standing(q, now) ? Math.min(normalNanos, standingWaitNanos) : normalNanos;
    }

    /**
     * Places in the queue: all of it, or while overloaded as many as the backend frees slots for within the short wait
     * at its recent pace. A request beyond those would only wait its short wait to be refused: it is refused (or takes
     * the place of a flooding client's newest waiter) at once.
     */
    private int room(long now) {
        if (!overloaded(now)) {
            return queueSize;
        }
        return (int) Math.min(queueSize, Math.max(1, overloadedWaitNanos / Math.max(1, releaseGapNanos)));
    }

    /**
     * Overloaded: arrivals found no place in the queue without a pause for {@code sheddingNanos}. A pause that long
     * (every arrival admitted or given a place), or as long a time in which what arrives fits the limit, ends it.
     */
    private boolean overloaded(long now) {
        if (overloaded) {
            // what arrives, times how long the backend takes for one: the concurrency it is asked for (Little's law)
            boolean fits = arrivalGapNanos > 0 && latencyNanos <= (long) limit.getLimit() * arrivalGapNanos;
            if (!fits) {
                fitsSince = -1;
            } else if (fitsSince < 0) {
                fitsSince = now;
            }
            if (now - lastRefusal >= sheddingNanos || fitsSince >= 0 && now - fitsSince >= sheddingNanos) {
                overloaded = false;
                fitsSince = -1;
            }
        }
        return overloaded;
    }

    /** A moving average over about the last eight samples. */
    private static long average(long average, long sample) {
        return average + (sample - average) / 8;
    }

    private void queueFull(long now) {
        if (!refusing || now - lastRefusal >= sheddingNanos) {
            refusing = true;
            refusingSince = now;
        }
        lastRefusal = now;
        if (now - refusingSince >= sheddingNanos) {
            overloaded = true;
        }
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
            // (clocks read before the lock: racing threads may come in out of order by a hair)
            long gap = Math.max(0, Math.min(me.since - lastArrival, sheddingNanos));
            if (me.since - lastArrival > 0) {
                lastArrival = me.since;
            }
            arrivalGapNanos = average(arrivalGapNanos, gap);
            if (queued == 0 && inflight < limit.getLimit()) {
                take(key);
                admitNow = true;
            } else if (queued < room(me.since)) {
                enqueue(me);
            } else {
                queueFull(me.since);
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
        queues.computeIfAbsent(w.key, k -> new ClientQueue(k, lineSince(k, w.since))).addLast(w);
        queued++;
    }

    /** When a new line of this client began standing: now, unless its last line was emptied as standing just before. */
    private long lineSince(String key, long now) {
        long[] emptied = emptiedStanding.remove(key);
        return emptied != null && now - emptied[0] < standingNanos ? emptied[1] : now;
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

    private void release(String key, long started, boolean sample, boolean didDrop) {
        List<Waiter> admitted = new ArrayList<>();
        List<Waiter> expired = new ArrayList<>();
        long now = nanoClock.getAsLong();
        synchronized (this) {
            if (sample) {
                limit.onSample(started, now - started, inflight, didDrop);
                latencyNanos = average(latencyNanos, now - started);
            }
            inflight--;
            // a gap longer than the short wait says no more than "one place" (and a pause must not weigh for long)
            long gap = Math.max(0, Math.min(now - lastRelease, overloadedWaitNanos));
            if (now - lastRelease > 0) {
                lastRelease = now;
            }
            releaseGapNanos = average(releaseGapNanos, gap);
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
                } else {
                    emptied(q, now);
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
     * Takes out of every standing line the waiters that waited longer than a standing line's wait, and out of every
     * line while the backend is overloaded those that waited longer than the short wait (they are refused by the
     * caller, outside the lock).
     */
    private void expireStanding(long now, List<Waiter> out) {
        boolean all = overloaded(now);
        long cutoff = now - (all ? overloadedWaitNanos : standingWaitNanos);
        for (java.util.Iterator<ClientQueue> it = queues.values().iterator(); it.hasNext(); ) {
            ClientQueue q = it.next();
            if (!all && !standing(q, now)) {
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
                emptied(q, now);
            }
        }
    }

    /** A line has just become empty: if it stood, that is remembered for a line of the same client that forms soon. */
    private void emptied(ClientQueue q, long now) {
        if (standing(q, now)) {
            emptiedStanding.put(q.key, new long[]{now, q.since});
            if (emptiedStanding.size() > 64) { // lines that did not form again: forgotten
                emptiedStanding.values().removeIf(e -> now - e[0] >= standingNanos);
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
                    emptied(q, nanoClock.getAsLong());
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
