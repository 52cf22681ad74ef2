package nl.leercultuur.analytics.benchmark;

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

/** Where one organisation stands against its sector and the region (the region as a whole: {@link RegionResource}). */
@Path("/api/v1/analytics/organisations/{organisationId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTNER})
@Tag(name = "Organisations", description = "Where an organisation stands and what moved")
public class OrganisationBenchmarkResource {

    private final BenchmarkService benchmarks;

    OrganisationBenchmarkResource(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
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
    @Path("benchmark.csv")
    @Produces("text/csv")
    @Operation(summary = "Sector and region benchmarks per dimension, as CSV")
    public Response benchmarkCsv(@PathParam("organisationId") String org, @QueryParam("instrument") @NotBlank String instrument) {
        return Downloads.file(BenchmarkExports.csv(benchmarks.forOrganisation(org, instrument)), Downloads.CSV,
                "benchmark-" + org + "-" + instrument + ".csv");
    }
}
