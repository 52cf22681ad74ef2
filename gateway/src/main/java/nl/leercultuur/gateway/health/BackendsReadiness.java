package nl.leercultuur.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The gateway is ready when every API backend says it is ready (asked in parallel, one second each); the pages are reported, not required. */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements HealthCheck {

    private final GatewayConfig config;

    BackendsReadiness(GatewayConfig config) {
        this.config = config;
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Integer>> checks = config.backends().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey,
                e -> http.sendAsync(HttpRequest.newBuilder(URI.create(e.getValue().url() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode).exceptionally(t -> 0)));
        HealthCheckResponseBuilder b = HealthCheckResponse.named("backends").up();
        for (Map.Entry<String, CompletableFuture<Integer>> c : checks.entrySet()) {
            int status = c.getValue().join();
            b.withData(c.getKey(), status == 200 ? "UP" : "DOWN");
            // the API stays ready while the pages are away (a partner's calls do not depend on them)
            boolean pages = config.backends().get(c.getKey()).prefixes().contains("/");
            if (status != 200 && !pages) {
                b.down();
            }
        }
        return b.build();
    }
}
