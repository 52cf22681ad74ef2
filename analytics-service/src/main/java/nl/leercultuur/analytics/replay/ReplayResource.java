package nl.leercultuur.analytics.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding every read model from the event topics (after a bug fix in a handler, or a new read model). */
@Path("/api/v1/analytics/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class ReplayResource {

    private final ReadModels readModels;

    ReplayResource(ReadModels readModels) {
        this.readModels = readModels;
    }

    @POST
    @Operation(summary = "Empty the read models and read all events again from the start",
            description = "Answers 202 once the read models are emptied; every consumer of the events, on every replica, "
                    + "then reads its partitions again from the start, and the read models fill up as the events are applied.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202", description = "Replaying: the read models are being rebuilt from the topics",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ReplayStarted.class)))
    public Response replay() {
        readModels.replayFromStart();
        return Response.accepted(new ReplayStarted("replaying")).build();
    }

    /** What a started replay answers. */
    public record ReplayStarted(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Always `replaying`: the read models fill up again as the events are applied",
                    examples = "replaying", required = true) String status) {
    }
}
