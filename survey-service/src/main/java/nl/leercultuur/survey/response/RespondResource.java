package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/**
 * Anonymous: a respondent needs only their one-time code (here) or the scan's open link (openlink's
 * OpenLinkRespondResource, under the same path). Nothing about the request is stored.
 */
@Path("/api/v1/surveys/respond")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Respond", description = "Answering a scan anonymously with a one-time code or an open link")
public class RespondResource {

    @Schema(description = "A respondent's answers", example = """
            {"language": "nl", "answers": {"ps-1": 2, "ps-2": 6, "amb-1": 4, "open-1": "Meer tijd om samen te leren", "mc-1": ["training", "coaching"]}}""")
    public record Submission(
            @Schema(description = "The language answered in: nl or en", enumeration = {"nl", "en"}, example = "nl") String language,
            @Schema(ref = "Answers", required = true) // META-INF/openapi.yaml: item key → number, text or list of choices
            JsonNode answers) {
        public JsonNode requireAnswers() {
            if (answers == null || !answers.isObject()) {
                throw ProblemException.invalid("answers", "an object with an answer per item key is required");
            }
            return answers;
        }
    }

    public record Saved(OffsetDateTime savedAt) {
    }

    /** The answer to a submission: only that it was accepted (no receipt id: nothing may tie a respondent to the answers). */
    public record Accepted(String status) {
    }

    public static final Accepted ACCEPTED = new Accepted("accepted");

    private final ResponseService responses;

    RespondResource(ResponseService responses) {
        this.responses = responses;
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getQuestionnaire", summary = "The questionnaire for this code, in nl or en, with any answers saved so far")
    public Questionnaire questionnaire(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return responses.questionnaire(code, lang);
    }

    @POST
    @Path("{code}")
    @Operation(operationId = "submitAnswers", summary = "Submit the answers; accepted once per code (the same answers again within 15 minutes, a retry after a lost confirmation, get 201 and store nothing; other answers get 409 and change nothing)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Accepted (nothing is returned that could tie the respondent to the answers)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RespondResource.Accepted.class)))
    public Response submit(@PathParam("code") String code, Submission body) {
        responses.submit(code, body(body).language(), body.requireAnswers());
        // No receipt id: nothing handed to the respondent may later tie them to their answers.
        return Response.status(201).entity(ACCEPTED).build();
    }

    @PUT
    @Path("{code}/draft")
    @Operation(operationId = "saveDraft", summary = "Save a partly answered questionnaire to continue later (values are checked; missing answers are fine)")
    public Saved saveDraft(@PathParam("code") String code, Submission body) {
        return new Saved(responses.saveDraft(code, body(body).requireAnswers()));
    }

    /** The body of a submission, required. */
    public static Submission body(Submission body) {
        if (body == null) {
            throw ProblemException.invalid("answers", "a body with answers is required");
        }
        return body;
    }
}
