package nl.leercultuur.survey.organisation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;


/**
 * Looks organisations up in network-service, forwarding the caller's token. An unknown organisation is
 * the client's mistake (422); the registry being down or slow is ours (503), answered within two seconds.
 */
@ApplicationScoped
public class OrganisationDirectory {

    private static final Logger LOG = Logger.getLogger(OrganisationDirectory.class);

    private final OrganisationLookup lookup;
    private final SecurityIdentity identity;

    OrganisationDirectory(OrganisationLookup lookup, SecurityIdentity identity) {
        this.lookup = lookup;
        this.identity = identity;
    }

    public OrganisationInfo require(String organisationId) {
        String token = identity.getPrincipal() instanceof JsonWebToken jwt ? "Bearer " + jwt.getRawToken() : null;
        try {
            OrganisationInfo o = lookup.get(organisationId, token);
            if (!o.active()) {
                throw ProblemException.invalid("organisationId", "organisation '" + organisationId + "' is not active");
            }
            return o;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalid("organisationId", "organisation '" + organisationId + "' is not in the registry");
            }
            LOG.warnf("organisation registry answered %d for %s", e.getResponse().getStatus(), organisationId);
            throw ProblemException.unavailable("registry-unavailable", "the organisation registry could not be reached; try again later");
        } catch (TimeoutException | CircuitBreakerOpenException e) {
            throw ProblemException.unavailable("registry-unavailable", "the organisation registry could not be reached; try again later");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("organisation registry lookup of %s failed: %s", organisationId, e.toString());
            throw ProblemException.unavailable("registry-unavailable", "the organisation registry could not be reached; try again later");
        }
    }
}
