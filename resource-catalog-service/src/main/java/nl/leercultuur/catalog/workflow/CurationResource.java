package nl.leercultuur.catalog.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.catalog.resource.ResourceDtos.HistoryEntry;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceInput;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.Transition;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Curating entries: drafting, editing, moving through review, and reading one entry (searching: search's SearchResource). */
@Path("/api/v1/catalog/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Books, articles, podcasts, videos, websites, good practices and ways to develop")
public class CurationResource {

    private final CurationService curation;

    CurationResource(CurationService curation) {
        this.curation = curation;
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
