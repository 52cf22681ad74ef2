package nl.leercultuur.survey.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/surveys/scans/{scanId}/invitations")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
@Tag(name = "Invitations", description = "One-time codes for respondents")
public class InvitationResource {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"count": 24}
            """)
    public record IssueRequest(@NotNull Integer count) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"codes": ["K7QW-3MZX-9HTD", "P2LN-8VRC-4GSE"]}
            """)
    public record RevokeRequest(@NotEmpty @Size(max = 5000) List<@NotNull String> codes) {
    }

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "issueCodes", summary = "Generate one-time codes", description = "The codes are shown only in this answer (JSON, or CSV with Accept: text/csv); only their hashes are kept.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The codes, shown only now (JSON, or CSV with Accept: text/csv)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = InvitationResource.IssuedCodes.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response issue(@PathParam("scanId") UUID scanId, @NotNull @jakarta.validation.Valid IssueRequest req, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        List<InvitationService.IssuedCode> codes = invitations.issue(scanId, req.count());
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.toString().startsWith("text/csv"));
        if (csv) {
            StringBuilder sb = new StringBuilder("code,link\r\n");
            codes.forEach(c -> sb.append(c.code()).append(',').append(c.link()).append("\r\n"));
            return Response.status(201).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"codes-" + scanId + ".csv\"")
                    .header("Cache-Control", "no-store").entity(sb.toString()).build();
        }
        return Response.status(201).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(new IssuedCodes(scanId, codes.size(), codes)).build();
    }

    /** The codes just made, with the link each respondent opens; shown only in this answer. */
    public record IssuedCodes(UUID scanId, int count, List<InvitationService.IssuedCode> codes) {
    }

    @POST
    @Path("revoke")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeCodes", summary = "Withdraw codes that were not used yet")
    public InvitationService.RevokeResult revoke(@PathParam("scanId") UUID scanId, @NotNull @jakarta.validation.Valid RevokeRequest req) {
        return invitations.revoke(scanId, req.codes());
    }
}
