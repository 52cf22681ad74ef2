package nl.leercultuur.web.scans;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The new-scan form as typed (every value a string, so that a refused form comes back as it was) and its reading:
 * datetime-local values are Amsterdam wall-clock time, numbers are whole. Fields carry the API's names, so that the
 * API's errors (errors[].field) land next to the field they name. {@link #errors} holds message keys of
 * {@link ScansMessages}; the API's own refusals are added as texts by the page.
 */
public record ScanForm(String instrumentKey, String title, String unitLabel, String expectedPopulation, String opensAt,
                       String closesAt, String anonymityThreshold, String organisationId) {

    public static final String[] FIELDS = {"instrumentKey", "title", "unitLabel", "expectedPopulation", "opensAt", "closesAt",
            "anonymityThreshold", "organisationId"};

    /** What the form reads as, when it reads: the values for the API. */
    public record Parsed(String instrumentKey, String title, String unitLabel, Integer expectedPopulation,
                         OffsetDateTime opensAt, OffsetDateTime closesAt, Integer anonymityThreshold, String organisationId) {
    }

    static ScanForm from(Map<String, String> values) {
        return new ScanForm(v(values, "instrumentKey"), v(values, "title"), v(values, "unitLabel"),
                v(values, "expectedPopulation"), v(values, "opensAt"), v(values, "closesAt"), v(values, "anonymityThreshold"),
                v(values, "organisationId"));
    }

    /** A fresh form: opening now (to the minute), closing in two weeks at five in the afternoon, Amsterdam time. */
    static ScanForm blank(String instrumentKey, String organisationId, OffsetDateTime now, ZoneId zone) {
        LocalDateTime opens = now.atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime closes = opens.toLocalDate().plusDays(14).atTime(17, 0);
        return new ScanForm(instrumentKey == null ? "" : instrumentKey, "", "", "", opens.toString(), closes.toString(), "",
                organisationId == null ? "" : organisationId);
    }

    /** Field → message key for what is missing or unreadable; empty when the form reads. */
    Map<String, String> errors(boolean needsOrganisation, ZoneId zone) {
        Map<String, String> e = new LinkedHashMap<>();
        if (instrumentKey.isBlank()) {
            e.put("instrumentKey", "error_instrument");
        }
        if (title.isBlank()) {
            e.put("title", "error_title");
        } else if (title.length() > 200) {
            e.put("title", "error_too_long");
        }
        if (unitLabel.length() > 200) {
            e.put("unitLabel", "error_too_long");
        }
        if (!expectedPopulation.isBlank()) {
            Integer n = integer(expectedPopulation);
            if (n == null || n < 1 || n > 1_000_000) {
                e.put("expectedPopulation", "error_population");
            }
        }
        OffsetDateTime opens = time(opensAt, zone);
        OffsetDateTime closes = time(closesAt, zone);
        if (opens == null) {
            e.put("opensAt", "error_date");
        }
        if (closes == null) {
            e.put("closesAt", "error_date");
        } else if (opens != null && !closes.isAfter(opens)) {
            e.put("closesAt", "error_closes_before_opens");
        }
        if (!anonymityThreshold.isBlank()) {
            Integer n = integer(anonymityThreshold);
            if (n == null || n < 3 || n > 1000) {
                e.put("anonymityThreshold", "error_threshold");
            }
        }
        if (needsOrganisation && organisationId.isBlank()) {
            e.put("organisationId", "error_organisation");
        }
        return e;
    }

    /** The values for the API; only for a form without {@link #errors}. */
    Parsed parsed(String organisation, ZoneId zone) {
        return new Parsed(instrumentKey.trim(), title.trim(), unitLabel.isBlank() ? null : unitLabel.trim(),
                integer(expectedPopulation), time(opensAt, zone), time(closesAt, zone), integer(anonymityThreshold),
                organisation);
    }

    /** A datetime-local value (minutes, optionally seconds) as that wall-clock time in {@code zone}; null if unreadable. */
    static OffsetDateTime time(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String v(Map<String, String> values, String key) {
        String v = values.get(key);
        return v == null ? "" : v;
    }
}
