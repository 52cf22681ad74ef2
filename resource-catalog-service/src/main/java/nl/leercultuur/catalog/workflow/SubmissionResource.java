package nl.leercultuur.catalog.workflow;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.catalog.resource.ResourceDtos.PracticeSubmission;
import nl.leercultuur.catalog.resource.ResourceDtos.ResourceView;
import nl.leercultuur.catalog.resource.ResourceDtos.SubmissionView;
import nl.leercultuur.platform.api.Page;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Members sharing a good practice of their organisation into curation, and following what became of it. */
@Path("/api/v1/catalog/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Books, articles, podcasts, videos, websites, good practices and ways to develop")
public class SubmissionResource {

    private final SubmissionService submissions;

    SubmissionResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORG_MANAGER, Roles.PARTICIPANT})
    @Operation(operationId = "submitPractice", summary = "Share a good practice of your organisation for the catalogue",
            description = "Becomes a draft good-practice entry that curators review (DRAFT → IN_REVIEW → PUBLISHED); follow it in "
                    + "GET /api/v1/catalog/submissions/mine. Category: experience-based (belevingsgericht leren), digital "
                    + "(digitaal leren) or practice-based (praktijkleren). An org-manager shares only for their own organisation "
                    + "(403); the organisation must be in the regional registry (422 naming organisationId; 503 with Retry-After "
                    + "while the registry cannot be reached); the contact is a role, not an e-mail address or phone number (422). "
                    + "409 with the existing entry when the same URL, or the same title, is already in the catalogue.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The shared practice, as a draft; Location names the entry", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ResourceView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(name = "Idempotency-Key", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-create-scan-1")
    @nl.leercultuur.platform.idempotency.Idempotent
    public Response submitPractice(@NotNull @Valid PracticeSubmission in) {
        ResourceView v = submissions.submit(in);
        return Response.created(URI.create("/api/v1/catalog/resources/" + v.id())).entity(v).build();
    }

    @GET
    @Path("mine")
    @Authenticated
    @Operation(operationId = "listMySubmissions", summary = "The good practices you shared, with where each stands in curation",
            description = "Newest first; status is DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED, statusChangedAt when it last moved. Only your own.")
    public Page<SubmissionView> listMySubmissions(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return submissions.mine(page, size);
    }
}
