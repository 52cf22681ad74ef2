package nl.leercultuur.network.network;

import java.time.OffsetDateTime;
import java.util.List;

/** Data of {@code network.session-held.v1} (schema: platform's events/network.session-held.v1.schema.json). No names. */
public record SessionHeldEvent(String networkId, String networkName, String networkTheme, String region, String sessionId,
                               int sessionNumber, String sessionTitle, String sessionTheme, String phase,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime heldAt,
                               List<OrganisationAttendance> attendance) {

    public record OrganisationAttendance(String organisationId, int registered, int present, int absent, int excused) {
    }
}
