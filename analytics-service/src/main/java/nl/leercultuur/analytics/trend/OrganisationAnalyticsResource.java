package nl.leercultuur.analytics.trend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.analytics.export.CsvExports;
import nl.leercultuur.analytics.export.Downloads;
import nl.leercultuur.analytics.export.SvgCharts;
import nl.leercultuur.analytics.benchmark.BenchmarkService;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analytics/organisations/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
@Tag(name = "Organisations", description = "Where an organisation stands and what moved")
public class OrganisationAnalyticsResource {

    @Inject
    TrendService trends;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    nl.leercultuur.analytics.participation.ParticipationService participation;

    @GET
    @Path("participation")
    @Operation(summary = "This organisation's attendance in learning network sessions")
    public nl.leercultuur.analytics.participation.ParticipationService.OrganisationParticipation participation(
            @PathParam("organisationId") String organisationId) {
        return participation.organisation(organisationId);
    }

    @GET
    @Path("trend")
    @Operation(summary = "Scans over time and the change per dimension from baseline to latest",
            description = "Cohen's d with its 95% confidence interval; meaningful only when the interval excludes zero and |d| >= 0.2. Without unit: the organisation-wide scans.")
    public TrendService.Trend trend(@PathParam("organisationId") String organisationId,
                                    @QueryParam("instrument") @NotBlank(message = "name the instrument key") String instrument,
                                    @QueryParam("unit") String unit) {
        return trends.trend(organisationId, instrument, unit == null || unit.isBlank() ? null : unit);
    }

    @GET
    @Path("benchmark")
    @Operation(summary = "Latest dimension means against the sector and the region",
            description = "Median, quartiles and percentile rank over each organisation's latest scan; 'insufficient-data' below five organisations.")
    public BenchmarkService.OrganisationBenchmark benchmark(@PathParam("organisationId") String organisationId,
                                                            @QueryParam("instrument") @NotBlank(message = "name the instrument key") String instrument) {
        return benchmarks.forOrganisation(organisationId, instrument);
    }


    @GET
    @Path("trend.csv")
    @Produces("text/csv")
    @Operation(summary = "Baseline against latest per dimension, as CSV")
    public Response trendCsv(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument,
                             @QueryParam("unit") String unit) {
        return Downloads.file(CsvExports.trend(trends.trend(org, instrument, unit == null || unit.isBlank() ? null : unit)), Downloads.CSV, "trend-" + org + "-" + instrument + ".csv");
    }

    @GET
    @Path("trend.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Dimension means over the scans, as an SVG line chart")
    public Response trendSvg(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument,
                             @QueryParam("unit") String unit) {
        return Downloads.file(SvgCharts.trend(trends.trend(org, instrument, unit == null || unit.isBlank() ? null : unit)), Downloads.SVG, null);
    }

    @GET
    @Path("benchmark.csv")
    @Produces("text/csv")
    @Operation(summary = "Sector and region benchmarks per dimension, as CSV")
    public Response benchmarkCsv(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument) {
        return Downloads.file(CsvExports.benchmark(benchmarks.forOrganisation(org, instrument)), Downloads.CSV, "benchmark-" + org + "-" + instrument + ".csv");
    }
}
