package nl.leercultuur.catalog.organisation;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import nl.leercultuur.testkit.PlatformTestResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static au.com.dius.pact.consumer.ConsumerPactRunnerKt.runConsumerTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer side of resource-catalog-service → network-service: what checking a member's shared practice needs of
 * the organisation registry, written as a pact into contracts/pacts by driving the real REST client against Pact's
 * mock server; network-service's side is verified against the file in system-tests (NetworkProviderPactIT).
 */
@QuarkusTest
@TestProfile(RegistryLookupPactTest.MockRegistry.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {@ResourceArg(name = "database", value = "catalog")})
class RegistryLookupPactTest {

    static final int PORT = 18993;

    public static class MockRegistry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.organisations.url", "http://127.0.0.1:" + PORT);
        }
    }

    @Inject
    @RestClient
    OrganisationClient registry;

    @Test
    void theRegistryAnswersWhatASharedPracticeNeeds() {
        System.setProperty("pact.rootDir", Path.of("..", "contracts", "pacts").toAbsolutePath().normalize().toString());
        RequestResponsePact pact = ConsumerPactBuilder.consumer("resource-catalog-service").hasPactWith("network-service")
                .given("organisation laurens is registered")
                .uponReceiving("a lookup of the organisation a member shares a practice of")
                .path("/api/v1/organisations/laurens").method("GET")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body(new PactDslJsonBody().stringValue("id", "laurens").stringType("name", "Laurens")
                        .stringMatcher("sector", "[a-z-]+", "elderly-care").booleanType("active", true))
                .uponReceiving("a lookup of an organisation a member named that is not registered")
                .path("/api/v1/organisations/not-registered").method("GET")
                .willRespondWith().status(404)
                .toPact();
        PactVerificationResult result = runConsumerTest(pact, MockProviderConfig.httpConfig("127.0.0.1", PORT, PactSpecVersion.V3),
                (mockServer, context) -> {
                    OrganisationInfo laurens = registry.get("laurens", "Bearer test");
                    assertEquals("laurens", laurens.id());
                    assertTrue(laurens.active());
                    WebApplicationException e = assertThrows(WebApplicationException.class,
                            () -> registry.get("not-registered", "Bearer test"));
                    assertEquals(404, e.getResponse().getStatus());
                    return null;
                });
        assertInstanceOf(PactVerificationResult.Ok.class, result, result.toString());
    }
}
