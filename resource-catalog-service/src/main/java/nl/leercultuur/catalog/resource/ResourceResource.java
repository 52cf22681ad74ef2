package nl.leercultuur.catalog.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/catalog/resources")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalogue", description = "Published resources, readable by anyone")
public class ResourceResource {

    static final String KINDS = "book|article|podcast|video|website|good-practice|toolkit|instrument-description|learning-activity";

    @Inject
    ResourceSearch search;

    @GET
    @Transactional
    @Operation(summary = "Search published resources", description = "q uses Dutch full-text search (stemming), ranked; without q ordered by title.")
    public Page<ResourceView> search(@QueryParam("q") String q,
                                     @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
                                     @QueryParam("theme") String theme,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.search(q, kind, theme, page, size);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One published resource")
    public ResourceView get(@PathParam("id") UUID id) {
        return search.published(id);
    }
}
