package nl.leercultuur.web.networks;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Session times as people in the region read and enter them: Amsterdam wall-clock time. */
public final class Times {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Times() {
    }

    /** "dinsdag 12 maart 2024, 13:30–16:30"; an end on another day gets its own date. */
    public static String range(OffsetDateTime start, OffsetDateTime end, Locale locale) {
        if (start == null) {
            return "";
        }
        ZonedDateTime s = start.atZoneSameInstant(AMSTERDAM);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String first = s.format(day) + ", " + s.format(time);
        if (end == null) {
            return first;
        }
        ZonedDateTime e = end.atZoneSameInstant(AMSTERDAM);
        if (e.toLocalDate().equals(s.toLocalDate())) {
            return first + "–" + e.format(time);
        }
        return first + " – " + e.format(day) + ", " + e.format(time);
    }

    /** "12 mrt 2024": short, for lists. */
    public static String shortDate(OffsetDateTime t, Locale locale) {
        return t == null ? "" : t.atZoneSameInstant(AMSTERDAM).format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    /**
     * A datetime-local input's value ("2027-02-10T14:00", seconds allowed) as the API's LocalDateTime
     * ("2027-02-10T14:00:00"); empty when it is not one.
     */
    public static Optional<String> apiLocal(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDateTime t = LocalDateTime.parse(input.trim());
            return Optional.of(t.withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For a datetime-local input: Amsterdam wall-clock time, minutes precision. */
    public static String inputValue(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(AMSTERDAM).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
