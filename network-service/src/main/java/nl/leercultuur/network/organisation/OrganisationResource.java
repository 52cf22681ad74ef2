package nl.leercultuur.network.organisation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import nl.leercultuur.network.organisation.OrganisationDtos.CreateOrganisation;
import nl.leercultuur.network.organisation.OrganisationDtos.OrganisationView;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.network.organisation.OrganisationDtos.UpdateOrganisation;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The regional registry of member organisations")
public class OrganisationResource {

    private final OrganisationService organisations;

    OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listOrganisations", summary = "List organisations by name, with filters")
    public Page<OrganisationView> list(
            @QueryParam("sector") @Pattern(regexp = OrganisationDtos.SECTORS, message = "must be one of " + OrganisationDtos.SECTORS) String sector,
            @QueryParam("region") String region, @QueryParam("active") Boolean active, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return organisations.list(sector, region, active, q, page, size);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getOrganisation", summary = "One organisation")
    public OrganisationView get(@PathParam("id") String id) {
        return organisations.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Register an organisation (admin)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The organisation; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.organisation.OrganisationDtos.OrganisationView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response create(@NotNull @Valid CreateOrganisation req) {
        OrganisationView v = organisations.create(req);
        return Response.created(URI.create("/api/v1/organisations/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation (admin); send the version you read, a stale one gets 409")
    public OrganisationView update(@PathParam("id") String id, @NotNull @Valid UpdateOrganisation req,
                                   @jakarta.ws.rs.HeaderParam("If-Match") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "The ETag of the entry as read; a stale one gets 412 and nothing is written") String ifMatch) {
        return organisations.update(id, req, ifMatch);
    }
}
