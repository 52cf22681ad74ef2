package nl.leercultuur.analytics.overview;

import nl.leercultuur.platform.problem.Problem;
import nl.leercultuur.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The selection of the regional overview: a region and a sector (absent: any) and a period of closing dates, both ends
 * included, as days in Europe/Amsterdam. A malformed date or a period whose start lies after its end is refused with
 * 422 naming the field.
 */
public record OverviewQuery(String region, String sector, LocalDate from, LocalDate to) {

    static final ZoneId REGION_TIME = ZoneId.of("Europe/Amsterdam");

    public static OverviewQuery of(String region, String sector, String from, String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && f.isAfter(t)) {
            errors.add(new Problem.FieldError("from", "must not be after to (" + t + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new OverviewQuery(blankToNull(region), blankToNull(sector), f, t);
    }

    /** The first instant of the period (null: open). */
    public OffsetDateTime closedFrom() {
        return from == null ? null : from.atStartOfDay(REGION_TIME).toOffsetDateTime();
    }

    /** The first instant after the period (null: open). */
    public OffsetDateTime closedBefore() {
        return to == null ? null : to.plusDays(1).atStartOfDay(REGION_TIME).toOffsetDateTime();
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "'" + value + "' is not a date (yyyy-MM-dd)"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
