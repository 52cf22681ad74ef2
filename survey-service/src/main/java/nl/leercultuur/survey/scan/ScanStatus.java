package nl.leercultuur.survey.scan;

import nl.leercultuur.platform.lifecycle.Lifecycle;

import java.util.Set;

/** The scan lifecycle: DRAFT -> OPEN -> CLOSED -> ARCHIVED; nothing else. */
public enum ScanStatus implements Lifecycle<ScanStatus> {
    DRAFT, OPEN, CLOSED, ARCHIVED;

    @Override
    public Set<ScanStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
