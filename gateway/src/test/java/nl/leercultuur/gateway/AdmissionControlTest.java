package nl.leercultuur.gateway;

import com.netflix.concurrency.limits.limit.FixedLimit;
import nl.leercultuur.gateway.routing.AdmissionControl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionControlTest {

    /** Records what happened to each request, by name. */
    static final class Log {
        final List<String> admitted = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        final List<AdmissionControl.Ticket> tickets = new ArrayList<>();

        AdmissionControl.Listener as(String name) {
            return new AdmissionControl.Listener() {
                @Override
                public void admitted(AdmissionControl.Ticket ticket) {
                    admitted.add(name);
                    tickets.add(ticket);
                }

                @Override
                public void refused() {
                    refused.add(name);
                }
            };
        }
    }

    static AdmissionControl control(int limit, int queue) {
        return new AdmissionControl(FixedLimit.of(limit), queue, System::nanoTime);
    }

    @Test
    void aLoneClientMayUseEverySlotAndTheQueue() {
        AdmissionControl c = control(3, 2);
        Log log = new Log();
        for (int i = 0; i < 6; i++) {
            c.acquire("alone", log.as("r" + i));
        }
        assertEquals(List.of("r0", "r1", "r2"), log.admitted);
        assertEquals(List.of("r5"), log.refused, "beyond the limit and the queue: refused at once");
        assertEquals(2, c.queued());
        log.tickets.get(0).done(false);
        assertEquals(List.of("r0", "r1", "r2", "r3"), log.admitted, "a freed slot goes to the first in line");
        assertEquals(3, c.inflight());
    }

    @Test
    void aFloodingClientCannotStarveAnother() {
        AdmissionControl c = control(2, 4);
        Log log = new Log();
        for (int i = 0; i < 6; i++) {
            c.acquire("flood", log.as("f" + i)); // two in flight, four waiting: the queue is full
        }
        c.acquire("respondent", log.as("answer"));
        assertEquals(List.of("f5"), log.refused, "the flood's newest waiting request made room");
        log.tickets.get(0).done(false);
        assertEquals("answer", log.admitted.get(log.admitted.size() - 1), "the respondent goes next, not after the flood");
    }

    @Test
    void freedSlotsGoToTheWaitingClientsInTurn() {
        AdmissionControl c = control(1, 10);
        Log log = new Log();
        c.acquire("a", log.as("a0"));
        c.acquire("a", log.as("a1"));
        c.acquire("a", log.as("a2"));
        c.acquire("b", log.as("b1"));
        c.acquire("b", log.as("b2"));
        for (int i = 0; i < 4; i++) {
            log.tickets.get(i).done(false);
        }
        assertEquals(List.of("a0", "a1", "b1", "a2", "b2"), log.admitted);
    }

    @Test
    void aWaitingRequestCanBeTakenOutButNotOnceAdmitted() {
        AdmissionControl c = control(1, 10);
        Log log = new Log();
        AdmissionControl.Waiting first = c.acquire("a", log.as("a0"));
        AdmissionControl.Waiting second = c.acquire("b", log.as("b0"));
        assertFalse(first.cancel(), "already admitted");
        assertTrue(second.cancel());
        assertEquals(0, c.queued());
        log.tickets.get(0).abandon();
        assertEquals(0, c.inflight());
        assertEquals(List.of("a0"), log.admitted);
    }

    @Test
    void aTicketEndsOnce() {
        AdmissionControl c = control(1, 0);
        Log log = new Log();
        c.acquire("a", log.as("a0"));
        log.tickets.get(0).done(false);
        log.tickets.get(0).done(false);
        log.tickets.get(0).abandon();
        assertEquals(0, c.inflight());
        c.acquire("a", log.as("a1"));
        assertEquals(List.of("a0", "a1"), log.admitted);
    }

    @Test
    void aStandingLineRefusesWhatWaitedTooLongButNotTheClientBesideIt() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(1), 10, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        c.acquire("flood", log.as("f0"));
        c.acquire("flood", log.as("f1")); // the flood's line forms at 0 ms
        assertEquals(1000 * ms, c.waitAllowanceNanos("flood", 1000 * ms), "a line that just formed absorbs a burst");
        now[0] = 50 * ms;
        log.tickets.get(0).done(false);
        assertEquals(List.of("f0", "f1"), log.admitted, "not standing yet: the waiter of 50 ms gets the slot");
        c.acquire("flood", log.as("f2")); // a new line from 50 ms on
        c.acquire("flood", log.as("f3"));
        now[0] = 140 * ms;
        c.acquire("flood", log.as("f4"));
        c.acquire("respondent", log.as("r0")); // queued at 140 ms
        now[0] = 160 * ms;
        assertEquals(20 * ms, c.waitAllowanceNanos("flood", 1000 * ms), "the flood's line has stood for 110 ms");
        assertEquals(1000 * ms, c.waitAllowanceNanos("respondent", 1000 * ms), "the respondent's line is 20 ms old");
        log.tickets.get(1).done(false);
        assertEquals(List.of("f2", "f3"), log.refused, "waited over 20 ms in a standing line: refused, not served late");
        assertEquals(List.of("f0", "f1", "f4"), log.admitted, "both hold nothing: the first line in order gets the slot");
        assertEquals(1, c.queued(), "the respondent still waits, not refused: its own line does not stand");
        now[0] = 170 * ms;
        log.tickets.get(2).done(false);
        assertEquals(List.of("f0", "f1", "f4", "r0"), log.admitted, "and gets the next slot, 30 ms after it came");
        assertEquals(List.of("f2", "f3"), log.refused);
    }

    @Test
    void aLineEmptiedForStandingStillStandsWhenItFormsAgainButNotAfterAQuietSpell() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(1), 10, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        c.acquire("flood", log.as("f0"));
        c.acquire("flood", log.as("f1")); // the line forms at 0 ms
        now[0] = 150 * ms;
        c.acquire("flood", log.as("f2"));
        now[0] = 160 * ms;
        log.tickets.get(0).done(false); // the line stands: f1 (160 ms) and f2 (10 ms) ... f1 refused, f2 admitted
        assertEquals(List.of("f1"), log.refused);
        assertEquals(List.of("f0", "f2"), log.admitted);
        c.acquire("flood", log.as("f3")); // a line again, right after the old one was emptied by refusals
        assertEquals(20 * ms, c.waitAllowanceNanos("flood", 1000 * ms), "still the same standing flood: the short wait");
        now[0] = 200 * ms;
        log.tickets.get(1).done(false);
        assertEquals(List.of("f1", "f3"), log.refused, "waited 40 ms in a line that stands: refused");

        now[0] = 400 * ms; // then quiet for longer than it takes a line to stand
        c.acquire("flood", log.as("f4"));
        c.acquire("flood", log.as("f5"));
        assertEquals(1000 * ms, c.waitAllowanceNanos("flood", 1000 * ms), "a new burst, after a quiet spell, may wait its turn");
    }

    @Test
    void aBurstThatOverflowsTheQueueOnceStillWaitsItsTurnSheddingThatGoesOnShortensEveryWait() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(2), 4, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        for (int i = 0; i < 10; i++) {
            c.acquire("class" + i % 3, log.as("b" + i)); // ten at once: two served, four wait, four refused
        }
        assertEquals(4, log.refused.size());
        assertEquals(1000 * ms, c.waitAllowanceNanos("class0", 1000 * ms), "one overflowing burst: the waiters wait their turn");
        now[0] = 60 * ms;
        log.tickets.get(0).done(false);
        log.tickets.get(1).done(false);
        assertEquals(4, log.admitted.size(), "waited 60 ms and served: " + log.admitted);
        assertEquals(4, log.refused.size());

        // refusals from then on without a pause: from 100 ms after they began, nobody waits longer than 20 ms
        for (int t = 60; t <= 180; t += 10) {
            now[0] = t * ms;
            c.acquire("flood", log.as("f" + t));
        }
        assertEquals(20 * ms, c.waitAllowanceNanos("respondent", 1000 * ms), "overloaded: short waits in every line");
        int refusedBefore = log.refused.size();
        now[0] = 185 * ms;
        log.tickets.get(2).done(false); // a slot frees: the waiters older than 20 ms are refused, not served late
        assertTrue(log.refused.size() > refusedBefore, "long waiters refused once shedding went on");
        now[0] = 270 * ms; // 90 ms since the last refusal: still overloaded
        assertEquals(20 * ms, c.waitAllowanceNanos("respondent", 1000 * ms));
        now[0] = 281 * ms; // a pause of 100 ms without a refusal: a new burst waits its turn again
        assertEquals(1000 * ms, c.waitAllowanceNanos("respondent", 1000 * ms));
    }

    @Test
    void refusalsOfShortWaitsDoNotKeepTheOverloadGoing() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(2), 64, 100 * ms, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        // a backend slow for a moment: a client's line stands and its long waiters are refused, one every 10 ms, for
        // half a second; the queue never fills, so the client beside it keeps its normal wait
        c.acquire("busy", log.as("s1"));
        c.acquire("busy", log.as("s2"));
        int n = 0;
        for (int t = 0; t <= 500; t += 10) {
            now[0] = t * ms;
            c.acquire("busy", log.as("w" + n++));
            if (t % 30 == 0) {
                log.tickets.get(log.tickets.size() - 2).done(false); // a slot frees now and then
            }
        }
        assertTrue(log.refused.size() > 5, "the standing line's long waiters were refused: " + log.refused);
        assertEquals(20 * ms, c.waitAllowanceNanos("busy", 1000 * ms), "the standing line waits briefly");
        assertEquals(1000 * ms, c.waitAllowanceNanos("respondent", 1000 * ms), "the backend is not overloaded: the queue never filled");
    }

    @Test
    void overloadedWhatCouldNotBeServedWithinTheShortWaitIsRefusedAtOnce() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(2), 8, 10_000 * ms, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        int done = 0;
        int k = 0;
        int refusedAtOnce = 0;
        // a steady fourfold overload: every 10 ms a slot frees and four requests of eight clients arrive
        for (int t = 0; t <= 1000; t += 10) {
            now[0] = t * ms;
            if (done < log.tickets.size()) {
                log.tickets.get(done++).done(false);
            }
            int before = log.refused.size();
            for (int i = 0; i < 4; i++) {
                c.acquire("c" + k++ % 8, log.as("r" + t + "." + i));
            }
            refusedAtOnce = log.refused.size() - before;
        }
        assertEquals(20 * ms, c.waitAllowanceNanos("c0", 1000 * ms), "overloaded");
        assertTrue(c.queued() <= 2, "a slot frees every 10 ms: room for two to wait 20 ms, waiting " + c.queued());
        assertTrue(refusedAtOnce >= 2, "the rest refused as they came, not after their short wait: " + refusedAtOnce);
    }

    @Test
    void anOverloadEndsWhenWhatArrivesFitsAgainThoughBurstsStillMeetTheShortenedQueue() {
        long ms = 1_000_000;
        Backend b = new Backend(new AdmissionControl(FixedLimit.of(1), 64, 10_000 * ms, 100 * ms, 20 * ms, () -> Backend.now), 10 * ms);
        // a storm: 1,000 a second for half a second, the backend serving 100 (one at a time, 10 ms each)
        for (int t = 0; t < 500; t++) {
            b.at(t * ms);
            b.arrive("storm");
        }
        assertEquals(20 * ms, b.control.waitAllowanceNanos("storm", 1000 * ms), "overloaded");
        // then 80 a second, four at once every 50 ms: a normal queue serves each burst within 40 ms
        int refusedBefore = 0;
        for (int t = 500; t < 1500; t++) {
            b.at(t * ms);
            if (t % 50 == 0) {
                refusedBefore = b.log.refused.size();
                for (int i = 0; i < 4; i++) {
                    b.arrive("page");
                }
            }
        }
        assertEquals(1000 * ms, b.control.waitAllowanceNanos("page", 1000 * ms), "what arrives fits the backend: the overload is over");
        assertEquals(refusedBefore, b.log.refused.size(), "the last burst, which the backend serves in time, was not refused");
    }

    @Test
    void aLoneClientWithMoreConnectionsThanTheLimitWaitsItsTurnAndIsNeverRefused() {
        long ms = 1_000_000;
        // wrk or a web server with 32 connections against a backend whose limit has dipped to 4, 12 ms an answer: 28
        // wait about 84 ms each, for as long as the client goes on; its line never empties, so it stands, but it holds
        // no more than its connections and each refusal only brings the next request at once
        Backend b = new Backend(new AdmissionControl(FixedLimit.of(4), 64, 500 * ms, 100 * ms, 200 * ms, 20 * ms,
                () -> Backend.now), 12 * ms);
        for (int i = 0; i < 32; i++) {
            b.arrive("wrk");
        }
        int answered = 0;
        for (int t = 0; t < 3000; t++) {
            b.at(t * ms);
            // a closed loop: every answer (or refusal) brings the next request on that connection
            int ended = b.log.tickets.size() - b.running.size() + b.log.refused.size();
            for (; answered < ended; answered++) {
                b.arrive("wrk");
            }
        }
        assertEquals(0, b.log.refused.size(), "a lone closed-loop client waits its turn, refused: " + b.log.refused.size());
        assertTrue(b.log.admitted.size() > 900, "the backend served all it could: " + b.log.admitted.size());
    }

    /** A backend on a fake clock serving each admitted request for a fixed time. */
    static final class Backend {
        static long now;
        final AdmissionControl control;
        final long serviceNanos;
        final Log log = new Log();
        final List<long[]> running = new ArrayList<>(); // {ticket index, done at}
        int scheduled;
        int n;

        Backend(AdmissionControl control, long serviceNanos) {
            now = 0;
            this.control = control;
            this.serviceNanos = serviceNanos;
        }

        void at(long t) {
            now = t;
            for (java.util.Iterator<long[]> it = running.iterator(); it.hasNext(); ) {
                long[] r = it.next();
                if (r[1] <= now) {
                    it.remove();
                    log.tickets.get((int) r[0]).done(false);
                }
            }
            schedule();
        }

        void arrive(String client) {
            control.acquire(client, log.as(client + n++));
            schedule();
        }

        private void schedule() {
            for (; scheduled < log.tickets.size(); scheduled++) {
                running.add(new long[]{scheduled, now + serviceNanos});
            }
        }
    }
}
