package nl.leercultuur.network.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.ORG_MANAGER})
@Tag(name = "Action learning", description = "Cases and their phases, ideas and votes, evaluations")
public class LearningResource {

    private static final String IF_MATCH = "The ETag of the case as read; a stale one gets 412 and nothing is written";

    private final CaseService cases;
    private final SessionOutputs sessionOutputs;
    private final ThemeVoting themeVoting;

    LearningResource(CaseService cases, SessionOutputs sessionOutputs, ThemeVoting themeVoting) {
        this.cases = cases;
        this.sessionOutputs = sessionOutputs;
        this.themeVoting = themeVoting;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"question": "Hoe krijgen we leerdoelen van stagiairs besproken in de drukte van de dag?", "howMightWe": "Hoe zouden we elke dienst vijf minuten kunnen vrijmaken?"}
            """)
    public record OpenCase(@NotBlank @Size(max = 2000) String question, @Size(max = 500) String howMightWe) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"phase": "explore-problem", "note": "Probleem is scherp; nu verkennen bij collega's"}
            """)
    public record PhaseMove(@NotBlank @Pattern(regexp = "ready|explore-problem|develop-solutions|sharpen-and-share|experiment|reflect-and-present",
            message = "must be an action-learning phase") String phase, @Size(max = 1000) String note) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"hypothesis": "Een vast leermoment bij de overdracht helpt", "action": "Twee weken elke ochtend vijf minuten", "measure": "Aantal besproken leerdoelen",
             "result": "", "progressNote": "Gestart op afdeling 3", "version": 0}
            """)
    public record Canvas(@Size(max = 2000) String hypothesis, @Size(max = 2000) String action, @Size(max = 2000) String measure,
                         @Size(max = 2000) String result, @Size(max = 2000) String progressNote, @NotNull Long version) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"baselineScanId": "5b0e7f52-3c1a-4f7e-9a55-2f1d0c8b6a01", "evaluationScanId": "a4d2c9e8-71b3-4e0f-8c6d-9e2b5f3a7c10",
             "dimensions": ["psychological-safety", "team-ambition"], "version": 3}
            """)
    public record MeasurementChoice(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A closed scan of the participant's organisation the case starts from")
            UUID baselineScanId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A scan with the same instrument that closed after the baseline")
            UUID evaluationScanId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The dimension keys the case is about; none: every dimension both scans disclose")
            @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}", message = "must be a dimension key") String> dimensions,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The case's version as read; a stale one gets 409")
            Long version) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"text": "Leerdoelen op het overdrachtsbord zetten", "tags": ["overdracht", "stage"]}
            """)
    public record NewIdea(@NotBlank @Size(max = 1000) String text,
                          @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a short lower-case tag") String> tags) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"rating": 8, "comment": "Praktisch en goed voorbereid"}
            """)
    public record Evaluation(@NotNull @Min(1) @Max(10) Integer rating, @Size(max = 2000) String comment) {
    }

    @POST
    @Path("{id}/participants/{participantId}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bring a case: the organisational question and the 'How might we…?' question")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The case", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.learning.CaseService.CaseView.class)))
    public Response openCase(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId, @NotNull @Valid OpenCase req) {
        return Response.status(201).entity(cases.openCase(id, participantId, req.question(), req.howMightWe())).build();
    }

    @GET
    @Path("{id}/participants/{participantId}/case")
    public CaseService.CaseView getCase(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return cases.getCase(id, participantId);
    }

    @POST
    @Path("{id}/participants/{participantId}/case/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case one phase forward, or back; recorded with time")
    public CaseService.CaseView movePhase(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
                                              @NotNull @Valid PhaseMove req) {
        return cases.movePhase(id, participantId, req.phase(), req.note());
    }

    @PUT
    @Path("{id}/participants/{participantId}/case/canvas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill in the experiment canvas (hypothesis, action, measure, result) and log progress")
    public CaseService.CaseView canvas(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
                                           @NotNull @Valid Canvas req, @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return cases.canvas(id, participantId, req.hypothesis(), req.action(), req.measure(), req.result(), req.progressNote(), req.version(), ifMatch);
    }

    @PUT
    @Path("{id}/participants/{participantId}/case/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCaseMeasurements", summary = "Choose the case's baseline and evaluation scans and the dimensions it is about",
            description = "A full replacement. The scans must be closed scans of the participant's organisation (422 naming the field "
                    + "when network-service does not know the scan yet or it is another organisation's); the evaluation must have "
                    + "closed after the baseline and use the same instrument (422). The case's participant, or the network's "
                    + "facilitators and admins. The case view's measurements then show before and after per dimension, with "
                    + "figures only where both scans disclosed them.")
    public CaseService.CaseView setCaseMeasurements(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
                                                    @NotNull @Valid MeasurementChoice req,
                                                    @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return cases.setMeasurements(id, participantId, req.baselineScanId(), req.evaluationScanId(), req.dimensions(), req.version(), ifMatch);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/ideas")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The idea", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.learning.SessionOutputs.IdeaView.class)))
    public Response addIdea(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid NewIdea req) {
        return Response.status(201).entity(sessionOutputs.addIdea(id, sessionId, req.text(), req.tags())).build();
    }

    @GET
    @Path("{id}/sessions/{sessionId}/ideas")
    @Operation(summary = "A session's ideas, most votes first")
    public List<SessionOutputs.IdeaView> ideas(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessionOutputs.ideas(id, sessionId);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/ideas/{ideaId}/votes")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Vote for an idea (once per participant; a second vote is 409)")
    public SessionOutputs.IdeaView vote(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @PathParam("ideaId") UUID ideaId) {
        return sessionOutputs.vote(id, sessionId, ideaId);
    }

    @DELETE
    @Path("{id}/sessions/{sessionId}/ideas/{ideaId}/votes/me")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawVote", summary = "Take back your vote for an idea (404 when you had not voted for it)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Your vote is taken back")
    public Response withdrawVote(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @PathParam("ideaId") UUID ideaId) {
        sessionOutputs.withdrawVote(id, sessionId, ideaId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your evaluation of a held session (rating 1–10 and a comment); answers the aggregate")
    public SessionOutputs.EvaluationSummary evaluate(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
                                                      @NotNull @Valid Evaluation req) {
        return sessionOutputs.evaluate(id, sessionId, req.rating(), req.comment());
    }

    @GET
    @Path("{id}/sessions/{sessionId}/evaluation")
    @Operation(summary = "The aggregated evaluations of a session (no names)")
    public SessionOutputs.EvaluationSummary evaluations(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessionOutputs.evaluations(id, sessionId);
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"themes": ["feedback geven", "leren van incidenten", "werkplekleren"], "votesPerParticipant": 2}
            """)
    public record OpenThemeVote(@NotNull @Size(min = 2, max = 20) List<@NotBlank @Size(max = 200) String> themes,
                                @NotNull @Min(1) @Max(10) Integer votesPerParticipant) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"optionIds": ["0c4d1f2e-3b5a-4c6d-8e7f-9a0b1c2d3e4f"]}
            """)
    public record Ballot(@NotNull @Size(max = 10) List<@NotNull UUID> optionIds) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"sessionsToPlan": 2, "firstStartsAtLocal": "2027-04-14T14:00:00", "intervalWeeks": 6, "durationMinutes": 150}
            """)
    public record ClosePlan(@Min(0) @Max(10) Integer sessionsToPlan, java.time.LocalDateTime firstStartsAtLocal,
                            @Min(1) @Max(26) Integer intervalWeeks, @Min(15) @Max(600) Integer durationMinutes) {
    }

    @POST
    @Path("{id}/theme-votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a theme vote (facilitators)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The vote, open", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.learning.ThemeVoting.Result.class)))
    public Response openThemeVote(@PathParam("id") UUID id, @NotNull @Valid OpenThemeVote req) {
        return Response.status(201).entity(themeVoting.open(id, req.themes(), req.votesPerParticipant())).build();
    }

    @GET
    @Path("{id}/theme-votes")
    @Operation(operationId = "listThemeVotes", summary = "The network's theme votes, newest first, each with its themes ranked by votes",
            description = "For everyone who sees the network: open and closed votes, with how many participants voted and the "
                    + "votes per theme as the single vote gives them.")
    public List<ThemeVoting.ThemeVoteSummary> listThemeVotes(@PathParam("id") UUID id) {
        return themeVoting.list(id);
    }

    @GET
    @Path("{id}/theme-votes/{voteId}")
    @Operation(summary = "The themes ranked by votes")
    public ThemeVoting.Result themeVote(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId) {
        return themeVoting.get(id, voteId);
    }

    @PUT
    @Path("{id}/theme-votes/{voteId}/ballot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your votes: one per theme, at most the allowance; replaces your earlier ballot")
    public ThemeVoting.Result ballot(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId, @NotNull @Valid Ballot req) {
        return themeVoting.cast(id, voteId, req.optionIds());
    }

    @POST
    @Path("{id}/theme-votes/{voteId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the vote; optionally plan sessions for the top themes")
    public ThemeVoting.Result closeThemeVote(@PathParam("id") UUID id, @PathParam("voteId") UUID voteId, @Valid ClosePlan req) {
        ThemeVoting.Plan plan = req == null || req.sessionsToPlan() == null || req.sessionsToPlan() == 0 ? null
                : new ThemeVoting.Plan(req.sessionsToPlan(), require(req.firstStartsAtLocal()),
                req.intervalWeeks() == null ? 4 : req.intervalWeeks(), req.durationMinutes() == null ? 180 : req.durationMinutes());
        return themeVoting.close(id, voteId, plan);
    }

    private static java.time.LocalDateTime require(java.time.LocalDateTime t) {
        if (t == null) {
            throw nl.leercultuur.platform.problem.ProblemException.invalid("firstStartsAtLocal", "needed to plan sessions");
        }
        return t;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"kind": "quote", "text": "Fouten bespreken voelt nu gewoon."}
            """)
    public record NewReflection(@NotNull @Pattern(regexp = "reflection|quote", message = "must be reflection or quote") String kind,
                                @NotBlank @Size(max = 2000) String text) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"resourceIds": ["11111111-1111-4111-8111-111111111111"]}
            """)
    public record Resources(@NotNull @Size(max = 50) List<@NotNull UUID> resourceIds) {
    }

    @POST
    @Path("{id}/sessions/{sessionId}/reflections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reflection or a quote from the session")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The reflection", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.leercultuur.network.learning.SessionOutputs.Reflection.class)))
    public Response reflect(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid NewReflection req) {
        return Response.status(201).entity(sessionOutputs.reflect(id, sessionId, req.kind(), req.text())).build();
    }

    @PUT
    @Path("{id}/sessions/{sessionId}/resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link catalogue entries to the session (replaces the list)")
    public List<UUID> linkResources(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, @NotNull @Valid Resources req) {
        return sessionOutputs.linkResources(id, sessionId, req.resourceIds());
    }

    @GET
    @Path("{id}/sessions/{sessionId}/outputs")
    @Operation(summary = "What the session produced: ideas with votes, reflections and quotes, linked resources, evaluation")
    public SessionOutputs.Outputs outputs(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessionOutputs.outputs(id, sessionId);
    }
}
