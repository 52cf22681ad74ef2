package nl.leercultuur.analytics.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.analytics.export.Downloads;
import nl.leercultuur.platform.problem.Problem;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regional overview (the region's coordinator, facilitators, partners): figures over organisations, never one
 * organisation's results, so reading it is not in any organisation's audit log.
 */
@Path("/api/v1/analytics/region")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTNER})
@Tag(name = "Region", description = "The region as a whole: aggregates not tied to any one organisation")
public class RegionalOverviewResource {

    private static final String INVALID = "A date that is not yyyy-MM-dd, or from after to (errors[] names the field)";

    private final RegionalOverviewService overviews;

    RegionalOverviewResource(RegionalOverviewService overviews) {
        this.overviews = overviews;
    }

    @GET
    @Path("overview")
    @Operation(operationId = "getRegionalOverview", summary = "The region at a glance: instruments, dimension spreads, learning zones, participation and follow-up",
            description = "Over the scans closed in the selection: per instrument the organisations that ran it, the scans closed and "
                    + "the response rate; per dimension median and quartiles over the organisations (each organisation's latest scan "
                    + "with results); per concept of the shared vocabulary that two or more instruments measure, the spread of the "
                    + "organisations' positions on a 0-100 scale (concepts); teams per learning zone; attendance in learning network sessions (per organisation for admins "
                    + "and facilitators, totals only for partners); follow-up plans and their actions. Below minimumOrganisations "
                    + "organisations a figure says 'insufficient-data' and carries no values; no figure names an organisation.")
    @APIResponse(responseCode = "200", description = "The overview for the selection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionalOverviewService.RegionalOverview.class)))
    @APIResponse(responseCode = "422", description = INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public RegionalOverviewService.RegionalOverview overview(@QueryParam("region") @Parameter(description = "Only this region (as the scans give it)", example = "Rotterdam-Rijnmond") String region,
                                                             @QueryParam("sector") @Parameter(description = "Only this sector", example = "elderly-care") String sector,
                                                             @QueryParam("from") @Parameter(description = "First closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-01-01") String from,
                                                             @QueryParam("to") @Parameter(description = "Last closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-12-31") String to) {
        return overviews.overview(OverviewQuery.of(region, sector, from, to));
    }

    @GET
    @Path("overview.csv")
    @Produces("text/csv")
    @Operation(operationId = "getRegionalOverviewCsv", summary = "The regional overview as CSV, one row per figure")
    @APIResponse(responseCode = "200", description = "The overview, one row per figure (section, instrument, key, …)",
            content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "422", description = INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response overviewCsv(@QueryParam("region") @Parameter(description = "Only this region") String region,
                                @QueryParam("sector") @Parameter(description = "Only this sector") String sector,
                                @QueryParam("from") @Parameter(description = "First closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                                @QueryParam("to") @Parameter(description = "Last closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return Downloads.file(OverviewExports.csv(overviews.overview(OverviewQuery.of(region, sector, from, to))), Downloads.CSV,
                "regional-overview.csv");
    }

    @GET
    @Path("overview.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getRegionalOverviewSvg", summary = "Dimension spreads per instrument and teams per learning zone, as an SVG chart")
    @APIResponse(responseCode = "200", description = "The chart (role img, with a title)", content = @Content(mediaType = "image/svg+xml"))
    @APIResponse(responseCode = "422", description = INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response overviewSvg(@QueryParam("region") @Parameter(description = "Only this region") String region,
                                @QueryParam("sector") @Parameter(description = "Only this sector") String sector,
                                @QueryParam("from") @Parameter(description = "First closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                                @QueryParam("to") @Parameter(description = "Last closing date (yyyy-MM-dd, included)", schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return Downloads.file(OverviewExports.svg(overviews.overview(OverviewQuery.of(region, sector, from, to))), Downloads.SVG, null);
    }
}
