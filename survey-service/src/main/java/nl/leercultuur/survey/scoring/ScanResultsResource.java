package nl.leercultuur.survey.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.scoring.ResultDtos.ScanResults;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A closed scan's results, as JSON or CSV; under the scans' path, beside the lifecycle (scan's ScanResource). */
@Path("/api/v1/surveys/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scans", description = "An organisation (or unit) runs one instrument version between two dates")
public class ScanResultsResource {

    private final ResultsService service;

    ScanResultsResource(ResultsService service) {
        this.service = service;
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "getScanResults", summary = "Dimension scores of a closed scan (suppressed below the anonymity threshold)",
            description = "Also as CSV: with Accept: text/csv, or at results.csv.")
    public ScanResults results(@PathParam("id") UUID id) {
        return service.results(id);
    }

    @GET
    @Path("{id}/results")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(hidden = true) // the same as results.csv, by content negotiation; documented there so that a generated client keeps the JSON answer
    public Response resultsCsv(@PathParam("id") UUID id) {
        return csv(id);
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @Operation(operationId = "downloadScanResultsCsv", summary = "The same CSV, for a download link")
    public Response resultsCsvDownload(@PathParam("id") UUID id) {
        return csv(id);
    }

    private Response csv(UUID id) {
        return Response.ok(ResultsCsv.write(service.results(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"scan-" + id + "-results.csv\"").build();
    }
}
