package nl.leercultuur.network.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.network.sessions.SessionDtos.Cancel;
import nl.leercultuur.network.sessions.SessionDtos.PlanSession;
import nl.leercultuur.network.sessions.SessionDtos.Presence;
import nl.leercultuur.network.sessions.SessionDtos.Register;
import nl.leercultuur.network.sessions.SessionDtos.SessionView;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.ORG_MANAGER})
@Tag(name = "Learning networks", description = "Networks, participants, sessions and attendance")
public class SessionResource {

    private final SessionService sessions;
    private final AttendanceService attendance;

    SessionResource(SessionService sessions, AttendanceService attendance) {
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Plan a session; times are Europe/Amsterdam wall-clock times, stored as instants")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The planned session", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SessionView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response plan(@PathParam("id") UUID id, @NotNull @Valid PlanSession req) {
        return Response.status(201).entity(sessions.plan(id, req)).build();
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") UUID id) {
        return sessions.sessions(id);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/registrations")
    @Operation(summary = "Register for a session (participants for themselves, facilitators for anyone)")
    public SessionView register(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Register req) {
        return attendance.register(id, sessionId, req.participantId());
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "Record presence after the session: PRESENT, ABSENT or EXCUSED (facilitators)")
    public SessionView presence(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Presence req) {
        return attendance.recordPresence(id, sessionId, req.participantId(), req.presence());
    }

    @POST
    @Path("{id}/sessions/{sessionId}/held")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark the session held: publishes network.session-held.v1 with attendance per organisation")
    public SessionView held(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessions.markHeld(id, sessionId);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/cancel")
    public SessionView cancel(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Cancel req) {
        return sessions.cancel(id, sessionId, req.reason());
    }
}
