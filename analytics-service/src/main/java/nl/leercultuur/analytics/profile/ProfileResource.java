package nl.leercultuur.analytics.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.analytics.profile.ProfileDtos.ScanProfile;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/analytics/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scan profiles", description = "Dimension profiles of completed scans, built from survey.scan-completed.v1")
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @GET
    @Path("{scanId}/profile")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "The dimension profile of a completed scan, with the team's learning zone where the instrument has one")
    public ScanProfile profile(@PathParam("scanId") UUID scanId) {
        return profiles.profile(scanId);
    }

    @GET
    @Path("{scanId}/recommendations")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "The two weakest dimensions and catalogue resources for them",
            description = "When the catalogue cannot be reached the weakest dimensions still come, with partial: true.")
    public nl.leercultuur.analytics.recommendation.RecommendationService.Recommendations recommendations(@PathParam("scanId") java.util.UUID scanId) {
        return recommendations.forScan(scanId);
    }

    @Inject
    nl.leercultuur.analytics.recommendation.RecommendationService recommendations;
}
