package nl.leercultuur.platform.lifecycle;

import nl.leercultuur.platform.problem.ProblemException;

import java.util.Set;

/**
 * A status enum that knows its allowed moves. Implement {@link #next()} with the statuses this one may become
 * (as data: a set per constant); {@link #moveTo} is the one place an illegal move is refused, always as
 * 409 {@code illegal-transition} naming the thing, where it stands and where it was asked to go.
 *
 * <pre>{@code
 * enum ScanStatus implements Lifecycle<ScanStatus> {
 *     DRAFT, OPEN, CLOSED, ARCHIVED;
 *     public Set<ScanStatus> next() { return switch (this) { case DRAFT -> Set.of(OPEN); ... }; }
 * }
 * scan.status = scan.status.moveTo(ScanStatus.CLOSED, "scan " + scan.id);
 * }</pre>
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

    /** The statuses this one may move to directly. */
    Set<S> next();

    default boolean canBecome(S target) {
        return next().contains(target);
    }

    /** The target when this status may become it, else the illegal-transition problem for {@code what}. */
    @SuppressWarnings("unchecked")
    default S moveTo(S target, String what) {
        if (!canBecome(target)) {
            throw illegal(what, (S) this, target.name());
        }
        return target;
    }

    /** The one illegal-transition problem: 409, naming what, where it stands and what it was asked to do. */
    static ProblemException illegal(String what, Enum<?> current, String asked) {
        return new ProblemException(409, "illegal-transition", "Illegal status change",
                what + " is " + current + " and cannot become " + asked);
    }
}
