package nl.leercultuur.survey;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.leercultuur.testkit.StubHttpServer;

import java.util.Map;

/** A real HTTP stand-in for network-service's organisation registry. */
public class SurveyTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String ORG_A = "zorggroep-a";
    public static final String ORG_B = "ziekenhuis-b";
    public static final String SLOW_ORG = "traag-zorg";
    public static final String INACTIVE_ORG = "gesloten-zorg";

    private StubHttpServer registry;

    @Override
    public Map<String, String> start() {
        registry = new StubHttpServer(0)
                .answer("/api/v1/organisations/" + ORG_A, 200, org(ORG_A, "Zorggroep A", "elderly-care", true))
                .answer("/api/v1/organisations/" + ORG_B, 200, org(ORG_B, "Ziekenhuis B", "hospital", true))
                .answer("/api/v1/organisations/" + INACTIVE_ORG, 200, org(INACTIVE_ORG, "Gesloten Zorg", "other", false))
                .answerSlowly("/api/v1/organisations/" + SLOW_ORG, 5000, 200, org(SLOW_ORG, "Traag", "other", true));
        return Map.of("quarkus.rest-client.organisations.url", registry.url());
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
    }
}
