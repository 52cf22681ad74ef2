package nl.leercultuur.web.scans;

import nl.leercultuur.client.survey.model.ScanView;

import java.time.OffsetDateTime;
import java.util.Map;

/** A scan as the org-manager's pages show it: its facts with labels in the page's language and its response rate. */
public record ScanDetail(String id, String title, String unit, String organisationId, String organisationName,
                         String instrumentKey, String instrument, String status, String statusLabel, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, int threshold, Integer expectedPopulation, int codesIssued,
                         ResponseRate rate, OffsetDateTime createdAt, OffsetDateTime openedAt, OffsetDateTime closedAt) {

    static ScanDetail of(ScanView s, Map<String, String> instrumentNames, ScansMessages m) {
        String status = s.getStatus() == null ? "" : s.getStatus();
        String key = s.getInstrumentKey() == null ? "" : s.getInstrumentKey();
        return new ScanDetail(String.valueOf(s.getId()), s.getTitle() == null ? "" : s.getTitle(), s.getUnitLabel(),
                s.getOrganisationId(), s.getOrganisationName() == null ? s.getOrganisationId() : s.getOrganisationName(),
                key, instrumentNames.getOrDefault(key, key), status, statusLabel(status, m), s.getOpensAt(), s.getClosesAt(),
                s.getAnonymityThreshold() == null ? 5 : s.getAnonymityThreshold(), s.getExpectedPopulation(),
                s.getInvitationsIssued() == null ? 0 : s.getInvitationsIssued(),
                ResponseRate.of(s.getResponseCount(), s.getExpectedPopulation(), s.getInvitationsIssued()),
                s.getCreatedAt(), s.getOpenedAt(), s.getClosedAt());
    }

    static String statusLabel(String status, ScansMessages m) {
        return switch (status) {
            case "DRAFT" -> m.status_DRAFT();
            case "OPEN" -> m.status_OPEN();
            case "CLOSED" -> m.status_CLOSED();
            case "ARCHIVED" -> m.status_ARCHIVED();
            default -> status;
        };
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** Closed or archived: results exist (or are withheld). */
    public boolean closed() {
        return "CLOSED".equals(status) || "ARCHIVED".equals(status);
    }

    /** Codes can be made for a draft or an open scan. */
    public boolean acceptsCodes() {
        return draft() || open();
    }

    /** Open, but its opening time still ahead: answers are refused until then. */
    public boolean notYetAnswerable() {
        return (draft() || open()) && opensAt != null && opensAt.isAfter(OffsetDateTime.now());
    }

    /** Fewer answers than the threshold: results will be withheld. */
    public boolean belowThreshold() {
        return rate.responses() < threshold;
    }
}
