package nl.leercultuur.analytics;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.leercultuur.testkit.StubHttpServer;

import java.util.Map;

/** resource-catalog-service's recommendations endpoint, which a test can make fail. */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    public static StubHttpServer server;

    @Override
    public Map<String, String> start() {
        server = new StubHttpServer(0).answer("/api/v1/catalog/recommendations", 200, """
                {"dimensions":["leadership","room-and-safety"],"items":[
                  {"id":"11111111-1111-4111-8111-111111111111","kind":"book","title":"In de leerstand","dimensionKeys":["room-and-safety"]},
                  {"id":"22222222-2222-4222-8222-222222222222","kind":"podcast","title":"Creëer een leercultuur","dimensionKeys":["leadership"]}]}
                """);
        return Map.of("quarkus.rest-client.catalog.url", server.url());
    }

    @Override
    public void stop() {
        server.close();
    }
}
