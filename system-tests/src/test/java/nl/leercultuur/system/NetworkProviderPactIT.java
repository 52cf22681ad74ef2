package nl.leercultuur.system;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import nl.leercultuur.testkit.TestTokens;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

/**
 * network-service's side of the consumer-driven contract with survey-service (contracts/pacts, written by
 * survey-service's OrganisationLookupPactTest): every interaction survey-service relies on is replayed against the
 * packaged network-service, with a service token as survey-service sends one. A registry change that breaks the
 * lookup fails here.
 */
@Provider("network-service")
@PactFolder("../contracts/pacts")
class NetworkProviderPactIT {

    @BeforeEach
    void target(PactVerificationContext context) {
        URI network = URI.create(SystemUnderTest.get().network.url());
        context.setTarget(new HttpTestTarget(network.getHost(), network.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", "Bearer " + TestTokens.admin());
        context.verifyInteraction();
    }

    @State("organisation laurens is registered")
    void laurensIsRegistered() {
        // the registry's seeded organisations include Laurens (db/demo)
    }
}
