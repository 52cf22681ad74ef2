package nl.leercultuur.survey.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.scan.ScanDtos.CreateScan;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.survey.scan.ScanDtos.ScanView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/surveys/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scans", description = "An organisation (or unit) runs one instrument version between two dates")
public class ScanResource {

    private final ScanService scans;

    ScanResource(ScanService scans) {
        this.scans = scans;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "createScan", summary = "Create a scan (draft)", description = "The organisation is checked against network-service's registry; an org-manager only for their own organisation.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The scan, as a draft; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.survey.scan.ScanDtos.ScanView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response create(@NotNull @Valid CreateScan req) {
        ScanView v = scans.create(req);
        return Response.created(URI.create("/api/v1/surveys/scans/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "listScans", summary = "List scans, newest first (org-managers see their own organisation's)",
            description = "Partners read results in analytics-service, for organisations that granted them access.")
    public Page<ScanView> list(@QueryParam("organisationId") String organisationId, @QueryParam("status") ScanStatus status,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return scans.list(organisationId, status, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "getScan", summary = "A scan with its live response count and response rate")
    public ScanView get(@PathParam("id") UUID id) {
        return scans.get(id);
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "openScan", summary = "Open a draft scan for answers")
    public ScanView open(@PathParam("id") UUID id) {
        return scans.open(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "closeScan", summary = "Close an open scan: scores it and publishes survey.scan-completed.v1")
    public ScanView close(@PathParam("id") UUID id) {
        return scans.close(id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "archiveScan", summary = "Archive a closed scan")
    public ScanView archive(@PathParam("id") UUID id) {
        return scans.archive(id);
    }
}
