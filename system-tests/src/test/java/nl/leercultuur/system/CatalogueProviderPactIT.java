package nl.leercultuur.system;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

/**
 * resource-catalog-service's side of the consumer-driven contract with analytics-service (contracts/pacts, written
 * by analytics-service's CatalogRecommendationsPactTest), replayed against the packaged catalogue (public: no token).
 */
@Provider("resource-catalog-service")
@PactFolder("../contracts/pacts")
class CatalogueProviderPactIT {

    @BeforeEach
    void target(PactVerificationContext context) {
        URI catalogue = URI.create(SystemUnderTest.get().catalog.url());
        context.setTarget(new HttpTestTarget(catalogue.getHost(), catalogue.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("published entries help with leadership")
    void entriesForLeadership() {
        // the seeded catalogue holds published entries for the leadership dimension
    }
}
