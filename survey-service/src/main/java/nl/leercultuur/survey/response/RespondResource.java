package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.survey.openlink.OpenLinkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.Map;

/** Anonymous: a respondent needs only their one-time code or the scan's open link. Nothing about the request is stored. */
@Path("/api/v1/surveys/respond")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Respond", description = "Answering a scan anonymously with a one-time code or an open link")
public class RespondResource {

    public record Submission(String language, JsonNode answers) {
        JsonNode requireAnswers() {
            if (answers == null || !answers.isObject()) {
                throw ProblemException.invalid("answers", "an object with an answer per item key is required");
            }
            return answers;
        }
    }

    public record Saved(OffsetDateTime savedAt) {
    }

    private static final Map<String, String> ACCEPTED = Map.of("status", "accepted");

    @Inject
    ResponseService responses;
    @Inject
    OpenLinkService openLinks;

    @GET
    @Path("{code}")
    @Operation(summary = "The questionnaire for this code, in nl or en, with any answers saved so far")
    public Map<String, Object> questionnaire(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return responses.questionnaire(code, lang);
    }

    @POST
    @Path("{code}")
    @Operation(summary = "Submit the answers; accepted once per code (a repeat gets 409 and changes nothing)")
    public Response submit(@PathParam("code") String code, Submission body) {
        responses.submit(code, body(body).language(), body.requireAnswers());
        // No receipt id: nothing handed to the respondent may later tie them to their answers.
        return Response.status(201).entity(ACCEPTED).build();
    }

    @PUT
    @Path("{code}/draft")
    @Operation(summary = "Save a partly answered questionnaire to continue later (values are checked; missing answers are fine)")
    public Saved saveDraft(@PathParam("code") String code, Submission body) {
        return new Saved(responses.saveDraft(code, body(body).requireAnswers()));
    }

    @GET
    @Path("open/{token}")
    @Operation(summary = "The questionnaire behind an open link")
    public Map<String, Object> openQuestionnaire(@PathParam("token") String token, @QueryParam("lang") String lang) {
        return openLinks.questionnaire(token, lang);
    }

    @POST
    @Path("open/{token}")
    @Operation(summary = "Submit answers through an open link (rate limited per link and per client: 429 with Retry-After)")
    public Response openSubmit(@PathParam("token") String token, Submission body, @Context HttpServerRequest request) {
        openLinks.submit(token, clientKey(request), body(body).language(), body.requireAnswers());
        return Response.status(201).entity(ACCEPTED).build();
    }

    private static Submission body(Submission body) {
        if (body == null) {
            throw ProblemException.invalid("answers", "a body with answers is required");
        }
        return body;
    }

    /** The client for rate limiting only (never stored): the address the gateway saw, else the peer address. */
    private static String clientKey(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
