package nl.leercultuur.survey.followup;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The praatplaat, read-only, for whoever prepares or leads a team's conversation about its results. */
@Path("/api/v1/surveys/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Follow-up", description = "After a scan the team talks about its results (strengths, short- and long-term improvements) and chooses actions")
public class FollowUpTemplateResource {

    private final FollowUpTemplates templates;

    FollowUpTemplateResource(FollowUpTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Path("template")
    @Operation(operationId = "getFollowUpTemplate", summary = "The guided team conversation (praatplaat) for a follow-up plan",
            description = "Topics with questions, each tied to concepts of the shared vocabulary; per topic what goes well and what "
                    + "could be better; at the end three strengths, three short-term and three long-term improvements, which the "
                    + "scan's follow-up plan records. With instrument (and optionally version; else the latest published), each "
                    + "topic names the dimensions of that instrument version that measure its concepts. For any signed-in caller.")
    public FollowUpTemplate getFollowUpTemplate(
            @QueryParam("instrument") @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be an instrument key")
            @Parameter(description = "An instrument key, to name its dimensions per topic") String instrument,
            @QueryParam("version") @Positive @Parameter(description = "The instrument version (needs instrument); default the latest published") Integer version) {
        return templates.template(instrument, version);
    }
}
