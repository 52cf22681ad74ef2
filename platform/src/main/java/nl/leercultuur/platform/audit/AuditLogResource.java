package nl.leercultuur.platform.audit;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import nl.leercultuur.platform.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The read side of the {@link AuditLog}: a service that keeps one exposes it by extending this with its own path
 * (and its role check): admins and the organisation's own manager read it.
 */
public abstract class AuditLogResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Reads and exports of an organisation's results, newest first")
    public Page<AuditLog.Entry> list(@QueryParam("organisationId") @NotBlank String organisationId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return audit.list(organisationId, page, size);
    }
}
