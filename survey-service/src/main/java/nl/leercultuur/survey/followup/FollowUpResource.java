package nl.leercultuur.survey.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.idempotency.Idempotent;
import nl.leercultuur.platform.security.Roles;
import nl.leercultuur.survey.followup.FollowUpDtos.ActionChange;
import nl.leercultuur.survey.followup.FollowUpDtos.ActionView;
import nl.leercultuur.survey.followup.FollowUpDtos.NewAction;
import nl.leercultuur.survey.followup.FollowUpDtos.PlanView;
import nl.leercultuur.survey.followup.FollowUpDtos.SaveConversation;
import nl.leercultuur.survey.followup.FollowUpDtos.Suggestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * A closed scan's follow-up: the team's conversation about the results and the actions it chose, under the scans'
 * path beside the results. Editors named on a plan may hold any role but partner, so every signed-in role but partner
 * passes here; {@link FollowUpService} decides per plan.
 */
@Path("/api/v1/surveys/scans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.PARTICIPANT, Roles.FACILITATOR, Roles.CURATOR})
@Tag(name = "Follow-up", description = "After a scan the team talks about its results (strengths, short- and long-term improvements) and chooses actions")
public class FollowUpResource {

    private static final String READERS = " For an admin, the org-manager of the scan's organisation, and the editors that manager named on the plan.";

    private final FollowUpService followUp;
    private final SuggestionService suggestions;

    FollowUpResource(FollowUpService followUp, SuggestionService suggestions) {
        this.followUp = followUp;
        this.suggestions = suggestions;
    }

    @GET
    @Path("{scanId}/follow-up")
    @Operation(operationId = "getFollowUpPlan", summary = "The follow-up plan of a scan, with its actions",
            description = "404 while no conversation or action has been recorded." + READERS + " Each read is in the organisation's audit log.")
    public PlanView getFollowUpPlan(@PathParam("scanId") UUID scanId) {
        return followUp.get(scanId);
    }

    @PUT
    @Path("{scanId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveFollowUpConversation", summary = "Record or replace the conversation about a closed scan's results",
            description = "Only for a closed or archived scan (else 409 scan-not-closed). The day lies between the scan's close and today; "
                    + "dimension keys are those of the scan's instrument version (422 naming the field otherwise). "
                    + "Only an admin or the organisation's org-manager changes the editors." + READERS)
    public PlanView saveFollowUpConversation(@PathParam("scanId") UUID scanId, @NotNull @Valid SaveConversation req,
                                             @HeaderParam("If-Match") @Parameter(description = "The ETag of the plan as read; a stale one gets 412 and nothing is written") String ifMatch) {
        return followUp.save(scanId, req, ifMatch);
    }

    @POST
    @Path("{scanId}/follow-up/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addFollowUpAction", summary = "Add an action (PLANNED) to a closed scan's follow-up plan",
            description = "Creates an empty plan first when the scan has none yet, so actions can be recorded before the conversation is written down." + READERS)
    @APIResponse(responseCode = "201", description = "The action; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActionView.class)))
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false, description = "Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (Idempotent-Replayed: true) and creates nothing; with a different request 422",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "7d1c3b2a-add-action-1")
    @Idempotent
    public Response addFollowUpAction(@PathParam("scanId") UUID scanId, @NotNull @Valid NewAction req) {
        ActionView a = followUp.addAction(scanId, req);
        return Response.created(URI.create("/api/v1/surveys/scans/" + scanId + "/follow-up/actions/" + a.id())).entity(a).build();
    }

    @PATCH
    @Path("{scanId}/follow-up/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateFollowUpAction", summary = "Change an action of a follow-up plan: its fields or its status",
            description = "Only the fields sent change. PLANNED → DOING or DROPPED; DOING → DONE or DROPPED; DONE and DROPPED are final (409 illegal-transition)." + READERS)
    public ActionView updateFollowUpAction(@PathParam("scanId") UUID scanId, @PathParam("actionId") UUID actionId,
                                           @NotNull @Valid ActionChange req,
                                           @HeaderParam("If-Match") @Parameter(description = "The ETag of the action as read; a stale one gets 412 and nothing is written") String ifMatch) {
        return followUp.updateAction(scanId, actionId, req, ifMatch);
    }

    @GET
    @Path("{scanId}/follow-up/suggestions")
    @Operation(operationId = "getFollowUpSuggestions", summary = "Catalogue entries for the scan's two weakest dimensions",
            description = "Only dimensions the results show count (never a withheld one). When the catalogue cannot be reached: 200 with partial: true and no entries." + READERS)
    public Suggestions getFollowUpSuggestions(@PathParam("scanId") UUID scanId) {
        return suggestions.forScan(scanId);
    }

    @GET
    @Path("{scanId}/follow-up/previous")
    @Operation(operationId = "getPreviousFollowUpPlan", summary = "The follow-up plan of the previous scan of the same team and instrument",
            description = "The plan of the latest earlier closed or archived scan of the same organisation, unit (no unit matches no unit) and instrument (any version) "
                    + "that has one, with its actions; 404 when there is none." + READERS + " Editors of the earlier plan may read it too.")
    public PlanView getPreviousFollowUpPlan(@PathParam("scanId") UUID scanId) {
        return followUp.previous(scanId);
    }
}
