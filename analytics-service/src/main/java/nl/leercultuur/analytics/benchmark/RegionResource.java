package nl.leercultuur.analytics.benchmark;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analytics/region")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region", description = "The region as a whole: aggregates not tied to any one organisation")
public class RegionResource {

    private final BenchmarkService benchmarks;

    RegionResource(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GET
    @Path("benchmark")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER, Roles.ORG_MANAGER, Roles.FACILITATOR})
    @Operation(operationId = "getRegionBenchmark", summary = "Per dimension: median and quartiles of the organisations' latest scans, for the region and per sector",
            description = "Each organisation counts once (its latest scan with results); a group of fewer organisations than "
                    + "minimumOrganisations says 'insufficient-data' and carries no figures.")
    public BenchmarkService.RegionBenchmark region(@QueryParam("instrument") @NotBlank(message = "name the instrument key") String instrument) {
        return benchmarks.region(instrument);
    }
}
