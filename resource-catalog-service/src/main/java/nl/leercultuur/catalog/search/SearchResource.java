package nl.leercultuur.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.catalog.resource.Resource;
import nl.leercultuur.catalog.resource.ResourceDtos;
import nl.leercultuur.catalog.resource.ResourceDtos.SearchResult;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Searching the catalogue (one entry and its curation: workflow's CurationResource). */
@Path("/api/v1/catalog/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Books, articles, podcasts, videos, websites, good practices and ways to develop")
public class SearchResource {

    private final ResourceSearch search;
    private final Caller caller;

    SearchResource(ResourceSearch search, Caller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchResources", summary = "Search the catalogue", description = "Dutch full-text search (stemming, accents folded; a misspelled word is matched by similarity when the words find nothing: match = similar), filters (concept: a concept of the shared vocabulary), facet counts, sort relevance|newest|title. Anyone sees published entries; curators and admins may ask for another status.")
    public SearchResult search(@QueryParam("q") String q,
                               @QueryParam("kind") List<@Pattern(regexp = ResourceDtos.KINDS, message = "must be one of " + ResourceDtos.KINDS) String> kinds,
                               @QueryParam("theme") @Pattern(regexp = ResourceDtos.KEY, message = "must be a theme key") String theme,
                               @QueryParam("dimension") @Pattern(regexp = ResourceDtos.KEY, message = "must be a dimension key") String dimension,
                               @QueryParam("concept") @Pattern(regexp = ResourceDtos.KEY, message = "must be a concept key") String concept,
                               @QueryParam("audience") @Pattern(regexp = ResourceDtos.AUDIENCES, message = "must be one of " + ResourceDtos.AUDIENCES) String audience,
                               @QueryParam("language") @Pattern(regexp = "nl|en|de|fr", message = "must be nl, en, de or fr") String language,
                               @QueryParam("minDuration") @Min(0) Integer minDuration,
                               @QueryParam("maxDuration") @Min(0) Integer maxDuration,
                               @QueryParam("yearFrom") @Min(1900) @Max(2100) Integer yearFrom,
                               @QueryParam("yearTo") @Min(1900) @Max(2100) Integer yearTo,
                               @QueryParam("status") Resource.Status status,
                               @QueryParam("sort") @Pattern(regexp = "relevance|newest|title", message = "must be relevance, newest or title") String sort,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        if (status != null && status != Resource.Status.PUBLISHED && !caller.has(Roles.CURATOR) && !caller.has(Roles.ADMIN)) {
            throw ProblemException.forbidden("only curators and admins see entries that are not published");
        }
        if (q != null && q.length() > 200) {
            throw ProblemException.invalid("q", "at most 200 characters");
        }
        return search.search(new ResourceSearch.Criteria(q, kinds, theme, dimension, concept, audience, language, minDuration,
                maxDuration, yearFrom, yearTo, status, sort == null ? null : ResourceSearch.Sort.valueOf(sort.toUpperCase()),
                page, size));
    }
}
