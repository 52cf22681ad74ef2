package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code network.session-held.v1} (schema: events/network.session-held.v1.schema.json): a session of a
 * learning network was held. Keyed by network id. Attendance is counted per organisation; never a name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionHeld(String networkId, String networkName, String networkTheme, String region, String sessionId,
                          int sessionNumber, String sessionTitle, String sessionTheme, String phase,
                          OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime heldAt,
                          List<OrganisationAttendance> attendance) {

    public static final String TYPE = "network.session-held.v1";

    /** How many people of one organisation were registered, present, absent and excused. */
    public record OrganisationAttendance(String organisationId, int registered, int present, int absent, int excused) {
    }
}
