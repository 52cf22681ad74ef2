package nl.leercultuur.network.participants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.network.participants.ParticipantDtos.AddParticipant;
import nl.leercultuur.network.participants.ParticipantDtos.ParticipantView;
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
public class ParticipantResource {

    private final ParticipantService participants;

    ParticipantResource(ParticipantService participants) {
        this.participants = participants;
    }

    @POST
    @Path("{id}/participants")
    @Operation(summary = "Add a participant (facilitators)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The participant", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ParticipantView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response addParticipant(@PathParam("id") UUID id, @NotNull @Valid AddParticipant req) {
        return Response.status(201).entity(participants.add(id, req)).build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Participants (e-mail addresses only for facilitators, admins and the person themselves)")
    public List<ParticipantView> participants(@PathParam("id") UUID id) {
        return participants.list(id);
    }

    @GET
    @Path("{id}/participants/me")
    @Operation(operationId = "myParticipant", summary = "Your own participant record in the network (with your e-mail address)",
            description = "The network's participant who signs in as the caller (the token's subject). 404 when the caller "
                    + "takes no part in the network, and, as for the network itself, when they may not see it.")
    public ParticipantView me(@PathParam("id") UUID id) {
        return participants.me(id);
    }

    @DELETE
    @Path("{id}/participants/{participantId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Erase a participant's personal data on request (attendance counts stay right)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Erased: name and e-mail removed, counts kept")
    public Response erase(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        participants.erase(id, participantId);
        return Response.noContent().build();
    }
}
