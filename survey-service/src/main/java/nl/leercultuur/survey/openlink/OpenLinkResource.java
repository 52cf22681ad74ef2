package nl.leercultuur.survey.openlink;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/surveys/scans/{scanId}/open-link")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
@Tag(name = "Invitations", description = "One-time codes for respondents")
public class OpenLinkResource {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"perMinute": 30}
            """)
    public record CreateOpenLink(Integer perMinute) {
    }

    private final OpenLinkService openLinks;

    OpenLinkResource(OpenLinkService openLinks) {
        this.openLinks = openLinks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOpenLink", summary = "Make (or replace) the scan's open link", description = "Anyone with the link can answer; answers are rate limited (perMinute for the link, default 30, and a limit per client). The token is shown only in this answer.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The open link with its token, shown only now", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.survey.openlink.OpenLinkService.OpenLinkView.class)))
    public Response create(@PathParam("scanId") UUID scanId, CreateOpenLink req) {
        return Response.status(201).header("Cache-Control", "no-store")
                .entity(openLinks.create(scanId, req == null ? null : req.perMinute())).build();
    }

    @GET
    @Operation(operationId = "getOpenLink", summary = "The active open link's settings and how many answered through it (not the token)")
    public OpenLinkService.OpenLinkView get(@PathParam("scanId") UUID scanId) {
        return openLinks.get(scanId);
    }

    @DELETE
    @Operation(operationId = "revokeOpenLink", summary = "Withdraw the open link")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Withdrawn")
    public Response revoke(@PathParam("scanId") UUID scanId) {
        openLinks.revoke(scanId);
        return Response.noContent().build();
    }
}
