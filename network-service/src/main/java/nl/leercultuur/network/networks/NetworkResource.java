package nl.leercultuur.network.networks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.network.networks.NetworkDtos.CreateNetwork;
import nl.leercultuur.network.networks.NetworkDtos.NetworkView;
import nl.leercultuur.network.networks.NetworkDtos.StatusChange;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.ORG_MANAGER})
@Tag(name = "Learning networks", description = "Networks, participants, sessions and attendance")
public class NetworkResource {

    private final NetworkService networks;

    NetworkResource(NetworkService networks) {
        this.networks = networks;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    @Operation(operationId = "createNetwork", summary = "Start a learning network (the creator becomes its facilitator)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The network; Location names it", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = NetworkView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response create(@NotNull @Valid CreateNetwork req) {
        NetworkView v = networks.create(req);
        return Response.created(URI.create("/api/v1/networks/" + v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listNetworks", summary = "The networks you facilitate, take part in, or (org-managers) your organisation takes part in")
    public List<NetworkView> list() {
        return networks.visible();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNetwork")
    public NetworkView get(@PathParam("id") UUID id) {
        return networks.get(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "setNetworkStatus", summary = "PLANNED → RUNNING → COMPLETED")
    public NetworkView status(@PathParam("id") UUID id, @NotNull @Valid StatusChange req) {
        return networks.changeStatus(id, req.status());
    }
}
