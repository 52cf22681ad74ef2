package nl.leercultuur.survey.openlink;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.survey.response.Questionnaire;
import nl.leercultuur.survey.response.RespondResource;
import nl.leercultuur.survey.response.RespondResource.Submission;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answering through a scan's open link: anonymous like answering with a code (response's RespondResource, under the
 * same path), and rate limited. Nothing about the request is stored with the answers.
 */
@Path("/api/v1/surveys/respond")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Respond", description = "Answering a scan anonymously with a one-time code or an open link")
public class OpenLinkRespondResource {

    private final OpenLinkService openLinks;

    OpenLinkRespondResource(OpenLinkService openLinks) {
        this.openLinks = openLinks;
    }

    @GET
    @Path("open/{token}")
    @Operation(operationId = "getOpenLinkQuestionnaire", summary = "The questionnaire behind an open link")
    public Questionnaire openQuestionnaire(@PathParam("token") String token, @QueryParam("lang") String lang) {
        return openLinks.questionnaire(token, lang);
    }

    @POST
    @Path("open/{token}")
    @Operation(operationId = "submitOpenLinkAnswers", summary = "Submit answers through an open link (rate limited per link and per client: 429 with Retry-After)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Accepted", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RespondResource.Accepted.class)))
    public Response openSubmit(@PathParam("token") String token, Submission body, @Context HttpServerRequest request) {
        openLinks.submit(token, clientKey(request), RespondResource.body(body).language(), body.requireAnswers());
        return Response.status(201).entity(RespondResource.ACCEPTED).build();
    }

    /**
     * The client for rate limiting only: the address the gateway saw, else the peer address. Never stored as such; the
     * shared limit keeps a digest of the link and it for as long as its bucket is not full again (minutes).
     */
    private static String clientKey(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
