package nl.leercultuur.survey.scan;

import java.util.Map;
import java.util.Set;

/** The scan lifecycle: DRAFT -> OPEN -> CLOSED -> ARCHIVED; nothing else. */
public enum ScanStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED;

    private static final Map<ScanStatus, Set<ScanStatus>> NEXT = Map.of(
            DRAFT, Set.of(OPEN),
            OPEN, Set.of(CLOSED),
            CLOSED, Set.of(ARCHIVED),
            ARCHIVED, Set.of());

    public boolean canBecome(ScanStatus target) {
        return NEXT.get(this).contains(target);
    }
}
