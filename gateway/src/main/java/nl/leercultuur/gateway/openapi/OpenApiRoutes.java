package nl.leercultuur.gateway.openapi;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.gateway.config.GatewayConfig;

import java.net.URI;

/**
 * Serves each backend's OpenAPI document at {@code /openapi/<backend>} so the gateway's one Swagger UI lists
 * them side by side; every path in them is already the public path, since backends serve under the same prefixes.
 */
@ApplicationScoped
public class OpenApiRoutes {

    private static final String PREFIX = "/openapi/";

    private final GatewayConfig config;

    OpenApiRoutes(GatewayConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient();
        // a prefix route, not "/openapi/:backend": a pattern is a regular expression every request that gets this far
        // is matched against (0.4 % of the gateway's event loop on proxied requests)
        router.get(PREFIX + "*").handler(rc -> {
            String name = rc.normalizedPath().substring(PREFIX.length());
            GatewayConfig.Backend b = config.backends().get(name);
            if (b == null) {
                rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"https://leercultuur.nl/problems/not-found\",\"title\":\"Not Found\",\"status\":404}");
                return;
            }
            URI u = URI.create(b.url());
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(u.getHost()).setPort(u.getPort())
                            .setURI("/q/openapi?format=json").setIdleTimeout(3000))
                    .compose(req -> req.send().compose(resp -> resp.body().map(body -> {
                        rc.response().setStatusCode(resp.statusCode()).putHeader("Content-Type", "application/json").end(body);
                        return null;
                    })))
                    .onFailure(err -> rc.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                            .end("{\"type\":\"https://leercultuur.nl/problems/backend-unavailable\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                                    + name + " is unavailable\"}"));
        });
    }
}
