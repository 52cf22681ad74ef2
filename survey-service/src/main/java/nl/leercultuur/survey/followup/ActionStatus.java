package nl.leercultuur.survey.followup;

import nl.leercultuur.platform.lifecycle.Lifecycle;

import java.util.Set;

/** An action of a follow-up plan: PLANNED → DOING or DROPPED; DOING → DONE or DROPPED; DONE and DROPPED are final. */
public enum ActionStatus implements Lifecycle<ActionStatus> {
    PLANNED, DOING, DONE, DROPPED;

    @Override
    public Set<ActionStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(DOING, DROPPED);
            case DOING -> Set.of(DONE, DROPPED);
            case DONE, DROPPED -> Set.of();
        };
    }
}
