package nl.leercultuur.network.calendars;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.ORG_MANAGER})
@Tag(name = "Learning networks", description = "Networks, participants, sessions and attendance")
public class CalendarResource {

    private final CalendarService calendars;

    CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The network's sessions as an iCalendar feed")
    public Response calendar(@PathParam("id") UUID id) {
        return ics(calendars.calendar(id), "netwerk-" + id + ".ics");
    }

    @GET
    @Path("{id}/participants/{participantId}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The sessions one participant registered for, as an iCalendar feed")
    public Response participantCalendar(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return ics(calendars.participantCalendar(id, participantId), "sessies-" + participantId + ".ics");
    }

    private static Response ics(String body, String filename) {
        return Response.ok(body, "text/calendar; charset=UTF-8").header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
