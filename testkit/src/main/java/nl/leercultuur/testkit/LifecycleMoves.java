package nl.leercultuur.testkit;

import nl.leercultuur.platform.lifecycle.Lifecycle;
import nl.leercultuur.platform.problem.ProblemException;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every move between two statuses of a {@link Lifecycle} enum, as one dynamic test each: an allowed move gives its
 * target; every other one (staying put included) is the platform's 409 {@code illegal-transition} naming {@code what},
 * where it stands and where it was asked to go. The expected moves are the test's own table, not the enum's data.
 */
public final class LifecycleMoves {

    private LifecycleMoves() {
    }

    public static <S extends Enum<S> & Lifecycle<S>> List<DynamicTest> everyMove(Class<S> type, Map<S, Set<S>> allowed, String what) {
        S[] statuses = type.getEnumConstants();
        List<DynamicTest> tests = new ArrayList<>();
        for (S from : statuses) {
            for (S to : statuses) {
                boolean ok = allowed.get(from).contains(to);
                tests.add(DynamicTest.dynamicTest(from + " -> " + to + (ok ? " allowed" : " refused"), () -> {
                    assertEquals(ok, from.canBecome(to));
                    if (ok) {
                        assertSame(to, from.moveTo(to, what));
                    } else {
                        ProblemException e = assertThrows(ProblemException.class, () -> from.moveTo(to, what));
                        assertEquals(409, e.status());
                        assertEquals("illegal-transition", e.slug());
                        assertEquals(what + " is " + from + " and cannot become " + to, e.getMessage());
                    }
                }));
            }
        }
        assertEquals(statuses.length * statuses.length, tests.size());
        return tests;
    }
}
