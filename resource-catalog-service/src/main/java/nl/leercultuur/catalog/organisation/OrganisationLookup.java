package nl.leercultuur.catalog.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/** The guarded REST call: a two-second timeout and a circuit breaker so a dead registry fails fast. */
@ApplicationScoped
public class OrganisationLookup {

    private final OrganisationClient client;

    OrganisationLookup(@RestClient OrganisationClient client) {
        this.client = client;
    }

    // Answers the registry gave (a 404 for an unknown id, even a 503) are not counted as the call failing; no answer
    // at all (refused, reset, timed out) is, and opens the breaker when most calls end that way.
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public OrganisationInfo get(String id, String authorization) {
        return client.get(id, authorization);
    }
}
