package nl.leercultuur.survey.followup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Asks the catalogue for entries, guarded so that a slow or absent catalogue never holds up or fails a follow-up
 * answer: 1.5 s per try, one retry, a circuit that opens after repeated failures; when it fails the answer is empty
 * and the caller marks its result partial.
 */
@ApplicationScoped
public class CatalogSuggestions {

    private static final Logger LOG = Logger.getLogger(CatalogSuggestions.class);

    private final CatalogClient catalog;

    CatalogSuggestions(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, abortOn = jakarta.ws.rs.BadRequestException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<CatalogEntry>> forDimensions(List<String> dimensions, List<String> concepts, int limit) {
        CatalogClient.Recommendations r = catalog.recommend(dimensions, concepts.isEmpty() ? null : concepts, limit);
        return Optional.of(r == null || r.items() == null ? List.of() : r.items());
    }

    Optional<List<CatalogEntry>> unavailable(List<String> dimensions, List<String> concepts, int limit, Throwable cause) {
        LOG.warnf("catalogue recommendations unavailable (%s): answering follow-up suggestions without them", cause.toString());
        return Optional.empty();
    }
}
