package nl.leercultuur.survey.followup;

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
import nl.leercultuur.testkit.PlatformTestResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static au.com.dius.pact.consumer.ConsumerPactRunnerKt.runConsumerTest;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The consumer side of survey-service → resource-catalog-service: what a follow-up plan's suggestions need of the
 * catalogue's recommendations, written as a pact into contracts/pacts by driving the real REST client against Pact's
 * mock server; the catalogue's side is verified against the file in system-tests (CatalogueProviderPactIT).
 */
@QuarkusTest
@TestProfile(CatalogSuggestionsPactTest.MockCatalogue.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
class CatalogSuggestionsPactTest {

    static final int PORT = 18992;

    public static class MockCatalogue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + PORT);
        }
    }

    @Inject
    @RestClient
    CatalogClient catalogue;

    @Test
    void theCatalogueAnswersWhatSuggestionsNeed() {
        System.setProperty("pact.rootDir", Path.of("..", "contracts", "pacts").toAbsolutePath().normalize().toString());
        RequestResponsePact pact = ConsumerPactBuilder.consumer("survey-service").hasPactWith("resource-catalog-service")
                .given("published entries help with leadership")
                .uponReceiving("suggestions for a follow-up plan's weakest dimension")
                .path("/api/v1/catalog/recommendations").method("GET")
                .query("dimension=leadership&concept=leadership-for-learning&limit=6")
                .willRespondWith().status(200).headers(Map.of("Content-Type", "application/json"))
                .body(new PactDslJsonBody()
                        .array("dimensions").stringValue("leadership").closeArray()
                        .minArrayLike("items", 1)
                        .uuid("id").stringType("kind", "book").stringType("title", "Ontketen vernieuwing!")
                        .closeObject().closeArray())
                .toPact();
        PactVerificationResult result = runConsumerTest(pact, MockProviderConfig.httpConfig("127.0.0.1", PORT, PactSpecVersion.V3),
                (mockServer, context) -> {
                    CatalogClient.Recommendations r = catalogue.recommend(List.of("leadership"), List.of("leadership-for-learning"), 6);
                    assertFalse(r.items().isEmpty());
                    assertNotNull(r.items().get(0).id());
                    assertNotNull(r.items().get(0).title());
                    assertNotNull(r.items().get(0).kind());
                    return null;
                });
        assertInstanceOf(PactVerificationResult.Ok.class, result, result.toString());
    }
}
