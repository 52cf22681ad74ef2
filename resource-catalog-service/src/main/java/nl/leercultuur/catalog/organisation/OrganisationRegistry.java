package nl.leercultuur.catalog.organisation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Looks organisations up in network-service's registry, forwarding the caller's token. An unknown or inactive
 * organisation is the client's mistake (422 naming {@code organisationId}); the registry down, slow or failing is
 * ours: 503 with Retry-After, answered within about two seconds, never a 500.
 */
@ApplicationScoped
public class OrganisationRegistry {

    private static final Logger LOG = Logger.getLogger(OrganisationRegistry.class);

    private final OrganisationLookup lookup;
    private final SecurityIdentity identity;

    OrganisationRegistry(OrganisationLookup lookup, SecurityIdentity identity) {
        this.lookup = lookup;
        this.identity = identity;
    }

    /** The active organisation with this id, or 422 naming {@code field}; 503 when the registry cannot tell. */
    public OrganisationInfo requireActive(String organisationId, String field) {
        String token = identity.getPrincipal() instanceof JsonWebToken jwt ? "Bearer " + jwt.getRawToken() : null;
        OrganisationInfo o;
        try {
            o = lookup.get(organisationId, token);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalid(field, "organisation '" + organisationId + "' is not in the regional registry");
            }
            LOG.warnf("organisation registry answered %d for %s", e.getResponse().getStatus(), organisationId);
            throw unavailable();
        } catch (RuntimeException e) {
            // timeout, open circuit, refused or reset connection, an answer that is not an organisation
            LOG.warnf("organisation registry lookup of %s failed: %s", organisationId, e.toString());
            throw unavailable();
        }
        if (o == null || o.id() == null) {
            LOG.warnf("organisation registry answered no organisation for %s", organisationId);
            throw unavailable();
        }
        if (!o.active()) {
            throw ProblemException.invalid(field, "organisation '" + organisationId + "' is no longer an active member of the registry");
        }
        return o;
    }

    private static ProblemException unavailable() {
        return ProblemException.unavailable("registry-unavailable",
                "the regional organisation registry could not be reached; try again later");
    }
}
