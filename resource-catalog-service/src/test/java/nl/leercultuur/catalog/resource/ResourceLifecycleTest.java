package nl.leercultuur.catalog.resource;

import nl.leercultuur.catalog.resource.Resource.Status;
import nl.leercultuur.testkit.LifecycleMoves;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The curation lifecycle of a catalogue entry: every move it allows, and every one it refuses as 409 illegal-transition. */
class ResourceLifecycleTest {

    /** DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, IN_REVIEW → DRAFT (sent back), ARCHIVED → DRAFT (revived). */
    static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.DRAFT, Set.of(Status.IN_REVIEW),
            Status.IN_REVIEW, Set.of(Status.PUBLISHED, Status.DRAFT),
            Status.PUBLISHED, Set.of(Status.ARCHIVED),
            Status.ARCHIVED, Set.of(Status.DRAFT));

    @Test
    void theAllowedMovesAreExactlyTheWorkflow() {
        for (Status from : Status.values()) {
            assertEquals(ALLOWED.get(from), from.next(), "moves from " + from);
        }
    }

    @TestFactory
    List<DynamicTest> everyMove() {
        return LifecycleMoves.everyMove(Status.class, ALLOWED, "entry 42");
    }

}
