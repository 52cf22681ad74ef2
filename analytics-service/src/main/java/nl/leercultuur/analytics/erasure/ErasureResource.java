package nl.leercultuur.analytics.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.List;

@Path("/api/v1/analytics/admin/erasures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class ErasureResource {

    private static final Logger LOG = Logger.getLogger(ErasureResource.class);

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = """
            {"organisationId": "laurens", "reason": "Lid verlaat het netwerk en vroeg om verwijdering (AVG art. 17)"}
            """)
    public record EraseRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be an organisation id") String organisationId,
            @NotBlank @Size(max = 500) String reason) {
    }

    private final Erasures erasures;
    private final Caller caller;

    ErasureResource(Erasures erasures, Caller caller) {
        this.erasures = erasures;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseOrganisation", summary = "Erase an organisation's data from analytics",
            description = "Deletes its scan profiles, dimension scores, follow-up plans and attendance figures and keeps them from coming back "
                    + "through later events or a replay. Repeating it is harmless. Survey data has its own retention.")
    public Erasures.Erased erase(@NotNull @Valid EraseRequest req) {
        Erasures.Erased e = erasures.erase(req.organisationId(), caller.subject(), req.reason());
        LOG.infof("erased organisation %s from analytics at the request of %s: %d scan profiles, %d attendance rows, %d action plans",
                req.organisationId(), caller.subject(), e.scanProfiles(), e.attendanceRows(), e.actionPlans());
        return e;
    }

    @GET
    @Operation(operationId = "listErasures", summary = "Organisations erased from analytics: when, by whom, why")
    public List<Erasures.Erasure> list() {
        return erasures.list();
    }
}
