package nl.leercultuur.web.networks;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A network's sessions split into those to come (soonest first) and those behind (latest first). */
public record Schedule(List<SessionRow> upcoming, List<SessionRow> past) {

    private static final Comparator<SessionRow> BY_START = Comparator.comparing(SessionRow::startsAt,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(SessionRow::number);

    public static Schedule of(List<SessionRow> sessions, OffsetDateTime now) {
        List<SessionRow> upcoming = sessions.stream().filter(s -> s.upcoming(now)).sorted(BY_START).toList();
        List<SessionRow> past = sessions.stream().filter(s -> !s.upcoming(now)).sorted(BY_START.reversed()).toList();
        return new Schedule(upcoming, past);
    }

    public Optional<SessionRow> next() {
        return upcoming.stream().findFirst();
    }

    /** The number a new session gets: one after the highest so far. */
    public static int nextNumber(List<SessionRow> sessions) {
        return sessions.stream().mapToInt(SessionRow::number).max().orElse(0) + 1;
    }
}
