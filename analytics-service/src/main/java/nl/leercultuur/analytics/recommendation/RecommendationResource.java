package nl.leercultuur.analytics.recommendation;

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

/** What the catalogue offers for a scan's weakest dimensions (the scan's profile itself: profile's ProfileResource). */
@Path("/api/v1/analytics/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scan profiles", description = "Dimension profiles of completed scans, built from survey.scan-completed.v1")
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Path("{scanId}/recommendations")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "The two weakest dimensions and catalogue resources for them",
            description = "When the catalogue cannot be reached the weakest dimensions still come, with partial: true.")
    public RecommendationService.Recommendations recommendations(@PathParam("scanId") UUID scanId) {
        return recommendations.forScan(scanId);
    }
}
