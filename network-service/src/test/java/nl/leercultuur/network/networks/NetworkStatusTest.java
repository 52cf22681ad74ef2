package nl.leercultuur.network.networks;

import nl.leercultuur.network.networks.Network.Status;
import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A network's status moves PLANNED → RUNNING → COMPLETED, one step at a time, never back. */
class NetworkStatusTest {

    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.PLANNED, EnumSet.of(Status.RUNNING),
            Status.RUNNING, EnumSet.of(Status.COMPLETED),
            Status.COMPLETED, EnumSet.noneOf(Status.class));

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(Status.class, ALLOWED, "network n");
    }

    @Test
    void theMovesAreData() {
        for (Status s : Status.values()) {
            assertEquals(ALLOWED.get(s), s.next(), s.name());
        }
    }
}
