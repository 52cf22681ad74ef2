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
    void aStandingQueueRefusesWhatWaitedTooLongAndShortensTheWait() {
        long[] now = {0};
        long ms = 1_000_000;
        AdmissionControl c = new AdmissionControl(FixedLimit.of(1), 10, 100 * ms, 20 * ms, () -> now[0]);
        Log log = new Log();
        c.acquire("a", log.as("a0"));
        c.acquire("a", log.as("a1")); // queued at 0 ms
        assertEquals(1000 * ms, c.waitAllowanceNanos(1000 * ms), "a queue that just formed absorbs a burst");
        now[0] = 50 * ms;
        log.tickets.get(0).done(false);
        assertEquals(List.of("a0", "a1"), log.admitted, "not standing yet: the waiter of 50 ms gets the slot");
        c.acquire("a", log.as("a2")); // queued at 50 ms: the queue is non-empty from here on
        now[0] = 160 * ms;
        c.acquire("b", log.as("b0")); // queued at 160 ms
        assertEquals(20 * ms, c.waitAllowanceNanos(1000 * ms), "held for 110 ms: the queue stands");
        log.tickets.get(1).done(false);
        assertEquals(List.of("a2"), log.refused, "waited 110 ms in a standing queue: refused, not served late");
        assertEquals(List.of("a0", "a1", "b0"), log.admitted, "the fresh waiter gets the slot");
        assertEquals(0, c.queued());
        assertEquals(1000 * ms, c.waitAllowanceNanos(1000 * ms), "an empty queue stands no more");
    }
}
