package nl.leercultuur.analytics.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/analytics/organisations/{organisationId}/partner-grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner access", description = "An organisation's grants to partners to read its own results")
public class PartnerGrantResource {

    private static final Logger LOG = Logger.getLogger(PartnerGrantResource.class);

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"partnerSubject": "3f0e8a52-1c6d-4b7a-9e21-0a0000000006", "partnerName": "Regionaal HR-netwerk", "validUntil": "2027-12-31T23:59:59Z"}
            """)
    public record GrantRequest(
            @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:@-]*", message = "must be the partner's account id (token subject)")
            String partnerSubject,
            @NotBlank @Size(max = 200) String partnerName,
            @NotNull OffsetDateTime validUntil) {
    }

    private final PartnerGrants grants;

    PartnerGrantResource(PartnerGrants grants) {
        this.grants = grants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "grantPartnerAccess", summary = "Grant a partner access to this organisation's results until a date",
            description = "For the organisation's manager or an admin. The partner then reads this organisation's profiles, "
                    + "trends, benchmarks and participation; at most one open grant per partner (409 grant-exists). "
                    + "Listed in the organisation's audit log.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The grant; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PartnerGrants.Grant.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response grant(@PathParam("organisationId") String organisationId, @NotNull @Valid GrantRequest req, @jakarta.ws.rs.core.Context UriInfo uri) {
        PartnerGrants.Grant g = grants.grant(organisationId, req.partnerSubject(), req.partnerName().strip(), req.validUntil());
        LOG.infof("organisation %s granted partner %s (%s) access until %s: grant %s", organisationId, g.partnerSubject(),
                g.partnerName(), g.validUntil(), g.id());
        return Response.created(uri.getAbsolutePathBuilder().path(g.id().toString()).build()).entity(g).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "listPartnerGrants", summary = "This organisation's partner grants, newest first, with revoked and expired ones")
    public Page<PartnerGrants.Grant> list(@PathParam("organisationId") String organisationId,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return grants.list(organisationId, page, size);
    }

    @DELETE
    @Path("{grantId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "revokePartnerGrant", summary = "Revoke a partner grant (the record stays, marked revoked); repeating it changes nothing")
    public PartnerGrants.Grant revoke(@PathParam("organisationId") String organisationId, @PathParam("grantId") UUID grantId) {
        PartnerGrants.Grant g = grants.revoke(organisationId, grantId);
        LOG.infof("organisation %s: partner grant %s to %s revoked by %s", organisationId, grantId, g.partnerSubject(), g.revokedBy());
        return g;
    }
}
