package nl.leercultuur.catalog.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.catalog.resource.ResourceDtos.HistoryEntry;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceInput;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SearchResult;
import nl.leercultuur.catalog.resource.ResourceDtos.Transition;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/catalog/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Books, articles, podcasts, videos, websites, good practices and ways to develop")
public class ResourceResource {

    @Inject
    ResourceSearch search;
    @Inject
    CurationService curation;
    @Inject
    Caller caller;

    @GET
    @PermitAll
    @Operation(operationId = "searchResources", summary = "Search the catalogue", description = "Dutch full-text search (stemming, accents folded; a misspelled word is matched by similarity when the words find nothing: match = similar), filters, facet counts, sort relevance|newest|title. Anyone sees published entries; curators and admins may ask for another status.")
    public SearchResult search(@QueryParam("q") String q,
                               @QueryParam("kind") List<@Pattern(regexp = ResourceDtos.KINDS, message = "must be one of " + ResourceDtos.KINDS) String> kinds,
                               @QueryParam("theme") @Pattern(regexp = ResourceDtos.KEY, message = "must be a theme key") String theme,
                               @QueryParam("dimension") @Pattern(regexp = ResourceDtos.KEY, message = "must be a dimension key") String dimension,
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
        return search.search(new ResourceSearch.Criteria(q, kinds, theme, dimension, audience, language, minDuration,
                maxDuration, yearFrom, yearTo, status, sort == null ? null : ResourceSearch.Sort.valueOf(sort.toUpperCase()),
                page, size));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getResource", summary = "One entry (published for everyone; any status for curators and admins, with who did what when)")
    public ResourceView get(@PathParam("id") UUID id) {
        return curation.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "createResource", summary = "Draft a new entry", description = "409 with the existing entry when the same URL, or the same title by the same authors, is already in the catalogue.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The entry, as a draft; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.catalog.resource.ResourceDtos.ResourceView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response create(@NotNull @Valid ResourceInput in) {
        ResourceView v = curation.create(in);
        return Response.created(URI.create("/api/v1/catalog/resources/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "updateResource", summary = "Edit an entry", description = "Send the version you read; if someone changed it since, 409 stale-version and nothing is written.")
    public ResourceView update(@PathParam("id") UUID id, @NotNull @Valid ResourceInput in,
                               @jakarta.ws.rs.HeaderParam("If-Match") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "The ETag of the entry as read; a stale one gets 412 and nothing is written") String ifMatch) {
        return curation.update(id, in, ifMatch);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "moveResource", summary = "Move an entry through curation", description = "DRAFT→IN_REVIEW (curator), IN_REVIEW→PUBLISHED (admin), IN_REVIEW→DRAFT, PUBLISHED→ARCHIVED (admin), ARCHIVED→DRAFT.")
    public ResourceView transition(@PathParam("id") UUID id, @NotNull @Valid Transition t) {
        return curation.transition(id, t.status());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "getResourceHistory", summary = "Who did what to an entry, and when")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return curation.history(id);
    }
}
