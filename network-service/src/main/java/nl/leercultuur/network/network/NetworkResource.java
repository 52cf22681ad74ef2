package nl.leercultuur.network.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.network.network.NetworkDtos.AddParticipant;
import nl.leercultuur.network.network.NetworkDtos.Cancel;
import nl.leercultuur.network.network.NetworkDtos.CreateNetwork;
import nl.leercultuur.network.network.NetworkDtos.NetworkView;
import nl.leercultuur.network.network.NetworkDtos.ParticipantView;
import nl.leercultuur.network.network.NetworkDtos.PlanSession;
import nl.leercultuur.network.network.NetworkDtos.Presence;
import nl.leercultuur.network.network.NetworkDtos.Register;
import nl.leercultuur.network.network.NetworkDtos.SessionView;
import nl.leercultuur.network.network.NetworkDtos.StatusChange;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.ORG_MANAGER})
@Tag(name = "Learning networks", description = "Networks, participants, sessions and attendance")
public class NetworkResource {

    @Inject
    NetworkService networks;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(operationId = "createNetwork", summary = "Start a learning network (the creator becomes its facilitator)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The network; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.network.NetworkDtos.NetworkView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response create(@NotNull @Valid CreateNetwork req) {
        NetworkView v = networks.create(req);
        return Response.created(URI.create("/api/v1/networks/" + v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listNetworks", summary = "The networks you facilitate, take part in, or (org-managers) your organisation takes part in")
    public List<NetworkView> list() {
        return networks.visible();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNetwork")
    public NetworkView get(@PathParam("id") UUID id) {
        return networks.get(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "setNetworkStatus", summary = "PLANNED → RUNNING → COMPLETED")
    public NetworkView status(@PathParam("id") UUID id, @NotNull @Valid StatusChange req) {
        return networks.changeStatus(id, req.status());
    }

    @POST
    @Path("{id}/participants")
    @Operation(summary = "Add a participant (facilitators)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The participant", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.network.NetworkDtos.ParticipantView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response addParticipant(@PathParam("id") UUID id, @NotNull @Valid AddParticipant req) {
        return Response.status(201).entity(networks.addParticipant(id, req)).build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Participants (e-mail addresses only for facilitators, admins and the person themselves)")
    public List<ParticipantView> participants(@PathParam("id") UUID id) {
        return networks.participants(id);
    }

    @DELETE
    @Path("{id}/participants/{participantId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Erase a participant's personal data on request (attendance counts stay right)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Erased: name and e-mail removed, counts kept")
    public Response erase(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        networks.erase(id, participantId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Plan a session; times are Europe/Amsterdam wall-clock times, stored as instants")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The planned session", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.network.NetworkDtos.SessionView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response plan(@PathParam("id") UUID id, @NotNull @Valid PlanSession req) {
        return Response.status(201).entity(networks.plan(id, req)).build();
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionView> sessions(@PathParam("id") UUID id) {
        return networks.sessions(id);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/registrations")
    @Operation(summary = "Register for a session (participants for themselves, facilitators for anyone)")
    public SessionView register(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Register req) {
        return networks.register(id, sessionId, req.participantId());
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/attendance")
    @Operation(summary = "Record presence after the session: PRESENT, ABSENT or EXCUSED (facilitators)")
    public SessionView presence(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Presence req) {
        return networks.recordPresence(id, sessionId, req.participantId(), req.presence());
    }

    @POST
    @Path("{id}/sessions/{sessionId}/held")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark the session held: publishes network.session-held.v1 with attendance per organisation")
    public SessionView held(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return networks.markHeld(id, sessionId);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/cancel")
    public SessionView cancel(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Cancel req) {
        return networks.cancel(id, sessionId, req.reason());
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The network's sessions as an iCalendar feed")
    public Response calendar(@PathParam("id") UUID id) {
        return ics(networks.calendar(id), "netwerk-" + id + ".ics");
    }

    @GET
    @Path("{id}/participants/{participantId}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The sessions one participant registered for, as an iCalendar feed")
    public Response participantCalendar(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return ics(networks.participantCalendar(id, participantId), "sessies-" + participantId + ".ics");
    }

    private static Response ics(String body, String filename) {
        return Response.ok(body, "text/calendar; charset=UTF-8").header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
