package nl.leercultuur.analytics.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.analytics.export.Downloads;
import nl.leercultuur.analytics.profile.ProfileDtos.ScanProfile;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/analytics/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scan profiles", description = "Dimension profiles of completed scans, built from survey.scan-completed.v1")
public class ProfileResource {

    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("{scanId}/profile")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "The dimension profile of a completed scan, with the team's learning zone where the instrument has one")
    public ScanProfile profile(@PathParam("scanId") UUID scanId) {
        return profiles.profile(scanId);
    }

    @GET
    @Path("{scanId}/profile.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "A scan's dimension profile with the region benchmark, as CSV")
    public Response profileCsv(@PathParam("scanId") UUID scanId) {
        return Downloads.file(ProfileExports.csv(profiles.profile(scanId)), Downloads.CSV, "profile-" + scanId + ".csv");
    }

    @GET
    @Path("{scanId}/profile.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
    @Operation(summary = "A scan's dimension profile against the region benchmark, as an SVG bar chart")
    public Response profileSvg(@PathParam("scanId") UUID scanId) {
        return Downloads.file(ProfileExports.svg(profiles.profile(scanId)), Downloads.SVG, null);
    }
}
