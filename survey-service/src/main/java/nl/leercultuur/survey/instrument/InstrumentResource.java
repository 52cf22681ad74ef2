package nl.leercultuur.survey.instrument;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.instrument.InstrumentDtos.CreateInstrument;
import nl.leercultuur.survey.instrument.InstrumentDtos.DraftRequest;
import nl.leercultuur.survey.instrument.InstrumentDtos.InstrumentDetail;
import nl.leercultuur.survey.instrument.InstrumentDtos.InstrumentSummary;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.survey.instrument.InstrumentDtos.StatusChange;
import nl.leercultuur.survey.instrument.InstrumentDtos.VersionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/surveys/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "The library of questionnaires (read by anyone; authored by admins)")
public class InstrumentResource {

    private final InstrumentService service;

    InstrumentResource(InstrumentService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listInstruments", summary = "List instruments", description = "Built-in instruments first, then custom ones, by key.")
    public Page<InstrumentSummary> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(page, size);
    }

    @GET
    @Path("{key}")
    @PermitAll
    @Operation(operationId = "getInstrument", summary = "An instrument with its versions and its latest published content")
    public InstrumentDetail get(@PathParam("key") String key) {
        return service.detail(key);
    }

    @GET
    @Path("{key}/versions/{version}")
    @PermitAll
    @Operation(operationId = "getInstrumentVersion", summary = "One version of an instrument: dimensions, items, scales")
    public VersionView version(@PathParam("key") String key, @PathParam("version") int version) {
        return service.version(key, version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createInstrument", summary = "Author a custom instrument (version 1 starts as a draft)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The instrument with its first version (a draft)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.survey.instrument.InstrumentDtos.InstrumentDetail.class)))
    public Response create(@NotNull @Valid CreateInstrument req) {
        InstrumentDetail d = service.create(req, false);
        return Response.created(URI.create("/api/v1/surveys/instruments/" + req.key())).entity(d).build();
    }

    @PUT
    @Path("{key}/draft")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createInstrumentDraft", summary = "Create or replace the draft version", description = "Published versions are immutable; changes go into a new draft version.")
    public VersionView draft(@PathParam("key") String key, @NotNull @Valid DraftRequest req) {
        return service.draft(key, req.definition());
    }

    @POST
    @Path("{key}/versions/{version}/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setInstrumentVersionStatus", summary = "Publish a draft or retire a published version")
    public VersionView status(@PathParam("key") String key, @PathParam("version") int version, @NotNull @Valid StatusChange req) {
        return service.changeStatus(key, version, req.status());
    }
}
