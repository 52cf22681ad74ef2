package nl.leercultuur.analytics.trend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.analytics.export.Downloads;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's trend: what moved between its scans (benchmark and participation sit beside it in their features). */
@Path("/api/v1/analytics/organisations/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
@Tag(name = "Organisations", description = "Where an organisation stands and what moved")
public class TrendResource {

    private final TrendService trends;

    TrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Path("trend")
    @Operation(summary = "Scans over time and the change per dimension from baseline to latest",
            description = "Cohen's d with its 95% confidence interval; meaningful only when the interval excludes zero and |d| >= 0.2. Without unit: the organisation-wide scans. "
                    + "Beside a dimension, followUp: what the team's plan on an earlier scan of the series did for it (the most recent such plan).")
    public TrendService.Trend trend(@PathParam("organisationId") String organisationId,
                                    @QueryParam("instrument") @NotBlank(message = "name the instrument key") String instrument,
                                    @QueryParam("unit") String unit) {
        return trends.trend(organisationId, instrument, unitOrNull(unit));
    }

    @GET
    @Path("trend.csv")
    @Produces("text/csv")
    @Operation(summary = "Baseline against latest per dimension, as CSV")
    public Response trendCsv(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument,
                             @QueryParam("unit") String unit) {
        return Downloads.file(TrendExports.csv(trends.trend(org, instrument, unitOrNull(unit))), Downloads.CSV,
                "trend-" + org + "-" + instrument + ".csv");
    }

    @GET
    @Path("trend.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Dimension means over the scans, as an SVG line chart")
    public Response trendSvg(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument,
                             @QueryParam("unit") String unit) {
        return Downloads.file(TrendExports.svg(trends.trend(org, instrument, unitOrNull(unit))), Downloads.SVG, null);
    }

    private static String unitOrNull(String unit) {
        return unit == null || unit.isBlank() ? null : unit;
    }
}
