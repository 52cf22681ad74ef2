package nl.leercultuur.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.leercultuur.platform.problem.Problem;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/catalog/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue")
public class RecommendationResource {

    /** The dimensions and concepts asked; {@code concepts} also holds those the dimensions stand for in the vocabulary. */
    public record Recommendations(List<String> dimensions, List<String> concepts, List<ResourceView> items) {
    }

    private final ResourceSearch search;

    RecommendationResource(ResourceSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "recommendResources", summary = "Published entries that help with these dimensions or concepts",
            description = "A dimension key is read through the shared vocabulary of concepts, so an entry about the same idea measured by "
                    + "another instrument is found too (team-ambition finds what helps with its concept learning-ambition). Ordered by how many "
                    + "of the dimensions and concepts asked an entry helps with, then by how many it is tagged with by the dimension "
                    + "key itself, then by matching theme, then newest. Instrument descriptions are left out (they say how to measure; "
                    + "see the instrument guide). Used by analytics and the follow-up plan for a scan's weakest dimensions. Name at "
                    + "least one dimension or concept.")
    public Recommendations recommend(
            @QueryParam("dimension") @Size(max = 10)
            List<@Pattern(regexp = ResourceDtos.KEY, message = "must be a dimension key") String> dimensions,
            @QueryParam("concept") @Size(max = 10) @Parameter(description = "A concept key of the shared vocabulary, such as learning-ambition")
            List<@Pattern(regexp = ResourceDtos.KEY, message = "must be a concept key") String> concepts,
            @QueryParam("theme") @Size(max = 10) List<@Pattern(regexp = ResourceDtos.KEY, message = "must be a theme key") String> themes,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        List<String> dims = dimensions == null ? List.of() : dimensions;
        List<String> asked = concepts == null ? List.of() : concepts;
        if (dims.isEmpty() && asked.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid input", "dimension: name at least one dimension key or concept",
                    List.of(new Problem.FieldError("dimension", "name at least one dimension key or concept")), null);
        }
        ResourceSearch.Recommended r = search.recommend(dims, asked, themes == null ? List.of() : themes, limit);
        return new Recommendations(dims, r.concepts(), r.items());
    }
}
