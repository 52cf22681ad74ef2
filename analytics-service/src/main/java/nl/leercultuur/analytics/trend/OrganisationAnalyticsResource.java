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
}
