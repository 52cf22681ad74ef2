package nl.leercultuur.analytics.grant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/analytics/partner-grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner access")
public class PartnersOwnGrantsResource {

    private final PartnerGrants grants;

    PartnersOwnGrantsResource(PartnerGrants grants) {
        this.grants = grants;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "listMyPartnerGrants", summary = "For a partner: the organisations that granted it access now, with the end dates")
    public List<PartnerGrants.Grant> mine() {
        return grants.mine();
    }
}
