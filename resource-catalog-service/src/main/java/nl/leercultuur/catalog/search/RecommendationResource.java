package nl.leercultuur.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.catalog.resource.ResourceDtos;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/catalog/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue")
public class RecommendationResource {

    public record Recommendations(List<String> dimensions, List<ResourceView> items) {
    }

    private final ResourceSearch search;

    RecommendationResource(ResourceSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "recommendResources", summary = "Published entries that help with these dimensions", description = "Ordered by how many of the dimensions an entry helps with, then by matching theme, then newest. Used by analytics for a scan's weakest dimensions.")
    public Recommendations recommend(
            @QueryParam("dimension") @NotEmpty(message = "name at least one dimension key") @Size(max = 10)
            List<@Pattern(regexp = ResourceDtos.KEY, message = "must be a dimension key") String> dimensions,
            @QueryParam("theme") @Size(max = 10) List<@Pattern(regexp = ResourceDtos.KEY, message = "must be a theme key") String> themes,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return new Recommendations(dimensions, search.recommend(dimensions, themes == null ? List.of() : themes, limit));
    }
}
