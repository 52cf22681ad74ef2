package nl.leercultuur.analytics.participation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/analytics/networks/{networkId}/participation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participation", description = "Attendance in learning networks, counted per organisation")
public class ParticipationResource {

    private final ParticipationService participation;

    ParticipationResource(ParticipationService participation) {
        this.participation = participation;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(summary = "Attendance per session and organisation of a network, and how the attendance rate moved")
    public ParticipationService.NetworkParticipation network(@PathParam("networkId") UUID networkId) {
        return participation.network(networkId);
    }
}
