package nl.leercultuur.survey.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.audit.AuditLog;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read or exported an organisation's results here: for admins and the organisation's own manager. */
@Path("/api/v1/surveys/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Reads and exports of an organisation's results, newest first")
    public Page<AuditLog.Entry> list(@QueryParam("organisationId") @NotBlank String organisationId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return audit.list(organisationId, page, size);
    }
}
