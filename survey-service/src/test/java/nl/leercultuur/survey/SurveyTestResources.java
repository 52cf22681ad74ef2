package nl.leercultuur.survey;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.leercultuur.testkit.StubHttpServer;

import java.util.Map;

/**
 * Real HTTP stand-ins for network-service's organisation registry and resource-catalog-service's recommendations
 * ({@link #catalog}, which a test can make fail; shared so that every test class runs against one application).
 */
public class SurveyTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String ORG_A = "zorggroep-a";
    public static final String ORG_B = "ziekenhuis-b";
    public static final String SLOW_ORG = "traag-zorg";
    public static final String INACTIVE_ORG = "gesloten-zorg";

    /** The catalogue's recommendations endpoint: two entries for any dimensions asked for. */
    public static final String RECOMMENDATIONS = """
            {"dimensions":["psychological-safety","team-ambition"],"items":[
              {"id":"11111111-1111-4111-8111-111111111111","kind":"book","title":"De angstvrije organisatie","dimensionKeys":["psychological-safety"],"status":"PUBLISHED"},
              {"id":"22222222-2222-4222-8222-222222222222","kind":"podcast","title":"Leren in teams","dimensionKeys":["team-ambition"]}]}
            """;

    public static StubHttpServer catalog;
    private StubHttpServer registry;

    @Override
    public Map<String, String> start() {
        registry = new StubHttpServer(0)
                .answer("/api/v1/organisations/" + ORG_A, 200, org(ORG_A, "Zorggroep A", "elderly-care", true))
                .answer("/api/v1/organisations/" + ORG_B, 200, org(ORG_B, "Ziekenhuis B", "hospital", true))
                .answer("/api/v1/organisations/" + INACTIVE_ORG, 200, org(INACTIVE_ORG, "Gesloten Zorg", "other", false))
                .answerSlowly("/api/v1/organisations/" + SLOW_ORG, 5000, 200, org(SLOW_ORG, "Traag", "other", true));
        catalog = new StubHttpServer(0).answer("/api/v1/catalog/recommendations", 200, RECOMMENDATIONS);
        return Map.of("quarkus.rest-client.organisations.url", registry.url(),
                "quarkus.rest-client.catalog.url", catalog.url());
    }

    private static String org(String id, String name, String sector, boolean active) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"sector\":\"" + sector
                + "\",\"region\":\"Rotterdam-Rijnmond\",\"sizeClass\":\"large\",\"active\":" + active + "}";
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.close();
        }
        if (catalog != null) {
            catalog.close();
        }
    }
}
