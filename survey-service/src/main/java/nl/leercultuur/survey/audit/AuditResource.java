package nl.leercultuur.survey.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.audit.AuditLogResource;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read or exported an organisation's results here: for admins and the organisation's own manager. */
@Path("/api/v1/surveys/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
@Tag(name = "Audit")
public class AuditResource extends AuditLogResource {
}
