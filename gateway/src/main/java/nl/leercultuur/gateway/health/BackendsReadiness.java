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

/** The gateway's view of its backends (asked in parallel, one second each), reported with readiness; it stays ready while one is away. */
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
            // reported, not required: a gateway that turned unready whenever one backend is away would take every
            // other route down with it (all replicas out of the Service) — a backend that is away is the circuit
            // breaker's business, answered 503 on its own routes only
        }
        return b.build();
    }
}
