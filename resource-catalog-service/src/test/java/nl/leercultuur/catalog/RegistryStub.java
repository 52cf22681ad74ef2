package nl.leercultuur.catalog;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.leercultuur.testkit.StubHttpServer;

import java.util.Map;

/** A real HTTP stand-in for network-service's regional organisation registry. */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    public static final String LAURENS = "laurens";
    public static final String MAASSTAD = "maasstad";
    public static final String FORMER_MEMBER = "gesloten-zorg";
    /** The registry answers 503 for this one: it is there, but cannot answer. */
    public static final String REGISTRY_FAILING = "registry-storing";
    /** The registry answers only after five seconds: the lookup gives up after two. */
    public static final String REGISTRY_HANGING = "registry-traag";

    private StubHttpServer registry;

    @Override
    public Map<String, String> start() {
        registry = new StubHttpServer(0)
                .answer("/api/v1/organisations/" + LAURENS, 200, org(LAURENS, "Laurens", "elderly-care", true))
                .answer("/api/v1/organisations/" + MAASSTAD, 200, org(MAASSTAD, "Maasstad Ziekenhuis", "hospital", true))
                .answer("/api/v1/organisations/" + FORMER_MEMBER, 200, org(FORMER_MEMBER, "Gesloten Zorg", "other", false))
                .answer("/api/v1/organisations/" + REGISTRY_FAILING, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}")
                .answerSlowly("/api/v1/organisations/" + REGISTRY_HANGING, 5000, 200, org(REGISTRY_HANGING, "Traag", "other", true));
        return Map.of("quarkus.rest-client.organisations.url", registry.url());
    }

    private static String org(String id, String name, String sector, boolean active) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"sector\":\"" + sector
                + "\",\"region\":\"Rotterdam-Rijnmond\",\"sizeClass\":\"large\",\"active\":" + active
                + ",\"updatedAt\":\"2026-01-05T10:00:00Z\",\"version\":0}";
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.close();
        }
    }
}
