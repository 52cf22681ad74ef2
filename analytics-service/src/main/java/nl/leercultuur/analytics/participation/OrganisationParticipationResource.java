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

/** One organisation's attendance over the learning networks it takes part in (a network's view: {@link ParticipationResource}). */
@Path("/api/v1/analytics/organisations/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
@Tag(name = "Organisations", description = "Where an organisation stands and what moved")
public class OrganisationParticipationResource {

    private final ParticipationService participation;

    OrganisationParticipationResource(ParticipationService participation) {
        this.participation = participation;
    }

    @GET
    @Path("participation")
    @Operation(summary = "This organisation's attendance in learning network sessions")
    public ParticipationService.OrganisationParticipation participation(@PathParam("organisationId") String organisationId) {
        return participation.organisation(organisationId);
    }
}
