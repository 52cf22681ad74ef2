package nl.leercultuur.analytics.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.platform.problem.ProblemException;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Rebuilding every read model from the event topics (after a bug fix in a handler, or a new read model). */
@Path("/api/v1/analytics/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class ReplayResource {

    private static final Logger LOG = Logger.getLogger(ReplayResource.class);

    private final ReadModels readModels;

    ReplayResource(ReadModels readModels) {
        this.readModels = readModels;
    }

    @POST
    @Operation(summary = "Empty the read models and read all events again from the start",
            description = "Answers 202 once reading has restarted; the read models fill up again as the events are applied.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "202", description = "Replaying: the read models are being rebuilt from the topics")
    public Response replay() {
        try {
            readModels.replayFromStart().get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("replay-running", e.getMessage());
        } catch (Exception e) {
            throw ProblemException.unavailable("replay-failed", "the replay could not start: " + e.getMessage());
        }
        LOG.info("read models emptied; replaying all events from the start");
        return Response.accepted(Map.of("status", "replaying")).build();
    }
}
