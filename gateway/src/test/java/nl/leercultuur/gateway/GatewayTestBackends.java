package nl.leercultuur.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.leercultuur.testkit.StubHttpServer;
import nl.leercultuur.testkit.TestTokens;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Real HTTP backends for the gateway: survey and catalogue answer, network hangs, analytics is down. */
public class GatewayTestBackends implements QuarkusTestResourceLifecycleManager {

    private StubHttpServer survey;
    private StubHttpServer catalog;
    private StubHttpServer network;
    private StubHttpServer busy;
    private RudeBackend rude;

    @Override
    public Map<String, String> start() {
        survey = new StubHttpServer(0)
                .answer("/api/v1/surveys/instruments", 200, "{\"items\":[{\"key\":\"learning-culture-carriers\"}],\"total\":1}")
                .answer("/api/v1/surveys/scans", 200, "{\"items\":[],\"total\":0}")
                .answer("/api/v1/surveys/respond/ABCD-EFGH-JKMN", 200, "{\"sections\":[]}")
                .answer("/api/v1/surveys/respond/PQRS-TUVW-XYZ2", 200, "{\"sections\":[]}")
                .answer("/q/health/ready", 200, "{\"status\":\"UP\"}")
                .answer("/q/openapi", 200, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"survey\"},\"paths\":{\"/api/v1/surveys/scans\":{}}}");
        catalog = new StubHttpServer(0)
                .answer("/api/v1/catalog/resources", 200, "{\"items\":[{\"title\":\"Leren in de zorg\"}],\"total\":1}")
                .answerSlowly("/api/v1/catalog/slow", 400, 200, "{\"items\":[],\"total\":0}")
                .answer("/api/v1/catalog/broken", 500, "{\"status\":500}")
                .answer("/q/health/ready", 200, "{\"status\":\"UP\"}");
        network = new StubHttpServer(0);
        network.delay(4000);
        busy = new StubHttpServer(0).answerSlowly("/api/v1/busy/work", 300, 200, "{\"done\":true}");
        try {
            rude = new RudeBackend();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> c = new HashMap<>(TestTokens.oidcConfig());
        c.put("gateway.backends.survey.url", survey.url());
        c.put("gateway.backends.catalog.url", catalog.url());
        c.put("gateway.backends.network.url", network.url());
        c.put("gateway.backends.network.timeout-ms", "1000");
        c.put("gateway.backends.analytics.url", "http://127.0.0.1:" + freePort());
        c.put("gateway.backends.analytics.breaker.minimum-calls", "3");
        c.put("gateway.backends.analytics.breaker.open-ms", "60000");
        // few calls suffice to judge the catalogue's circuit: aborts or bad requests would open it at once if counted
        c.put("gateway.backends.catalog.breaker.minimum-calls", "5");
        // a backend that serves two at a time, with two places in its queue
        c.put("gateway.backends.busy.url", busy.url());
        c.put("gateway.backends.busy.prefixes", "/api/v1/busy");
        c.put("gateway.backends.busy.concurrency.initial-limit", "2");
        c.put("gateway.backends.busy.concurrency.min-limit", "2");
        c.put("gateway.backends.busy.concurrency.max-limit", "2");
        c.put("gateway.backends.busy.concurrency.queue-size", "2");
        c.put("gateway.backends.stale.url", "http://127.0.0.1:" + rude.port());
        c.put("gateway.backends.stale.prefixes", "/api/v1/stale");
        c.put("gateway.body-timeout-ms", "1000");
        // the test client (127.0.0.1) may speak for others, as the web app does
        c.put("gateway.trusted-proxies", "127.0.0.1/32,::1");
        // a backend that is not listening yet when a test starts calling it (retries of idempotent calls)
        c.put("gateway.backends.flaky.url", "http://127.0.0.1:" + FLAKY_PORT);
        c.put("gateway.backends.flaky.prefixes", "/api/v1/flaky");
        c.put("gateway.limits.respond-per-code-per-minute", "3");
        c.put("gateway.limits.failed-code-lookups-per-minute", "3");
        c.put("gateway.limits.max-body-bytes", "4194304");
        return c;
    }

    static final int FLAKY_PORT = freePort();

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        survey.close();
        catalog.close();
        network.close();
        busy.close();
        try {
            rude.close();
        } catch (java.io.IOException ignored) {
            // closing anyway
        }
    }
}
