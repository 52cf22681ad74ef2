package nl.leercultuur.survey.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Anonymous: a respondent needs only their one-time code. Nothing about the request is stored. */
@Path("/api/v1/surveys/respond/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Respond", description = "Answering a scan anonymously with a one-time code")
public class RespondResource {

    public record Submission(String language, JsonNode answers) {
    }

    @Inject
    ResponseService responses;

    @GET
    @Operation(summary = "The questionnaire for this code, in nl or en")
    public Map<String, Object> questionnaire(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return responses.questionnaire(code, lang);
    }

    @POST
    @Operation(summary = "Submit the answers; accepted once per code (a repeat gets 409 and changes nothing)")
    public Response submit(@PathParam("code") String code, Submission body) {
        if (body == null) {
            throw ProblemException.invalid("answers", "a body with answers is required");
        }
        responses.submit(code, body.language(), body.answers());
        // No receipt id: nothing handed to the respondent may later tie them to their answers.
        return Response.status(201).entity(Map.of("status", "accepted")).build();
    }
}
