package nl.leercultuur.web.api;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The API as the web app reaches it: only through the gateway, with the clients openapi-generator makes of the
 * kept OpenAPI documents (the web app is the contracts' first partner). One configured {@code ApiClient} per
 * document; every request carries the current user's access token, the browser's address and the request id.
 * Features build the API classes they need once, from these.
 */
@ApplicationScoped
public class Gateway {

    private final String url;
    private final Duration timeout;

    Gateway(@ConfigProperty(name = "leercultuur.web.gateway-url") String url,
            @ConfigProperty(name = "leercultuur.web.api-timeout-ms") int timeoutMs) {
        this.url = url;
        this.timeout = Duration.ofMillis(timeoutMs);
    }

    public nl.leercultuur.client.survey.ApiClient survey() {
        return new nl.leercultuur.client.survey.ApiClient(http(), nl.leercultuur.client.survey.ApiClient.createDefaultObjectMapper(), url)
                .setRequestInterceptor(Gateway::onBehalfOfCaller).setReadTimeout(timeout);
    }

    public nl.leercultuur.client.network.ApiClient network() {
        return new nl.leercultuur.client.network.ApiClient(http(), nl.leercultuur.client.network.ApiClient.createDefaultObjectMapper(), url)
                .setRequestInterceptor(Gateway::onBehalfOfCaller).setReadTimeout(timeout);
    }

    public nl.leercultuur.client.catalog.ApiClient catalog() {
        return new nl.leercultuur.client.catalog.ApiClient(http(), nl.leercultuur.client.catalog.ApiClient.createDefaultObjectMapper(), url)
                .setRequestInterceptor(Gateway::onBehalfOfCaller).setReadTimeout(timeout);
    }

    public nl.leercultuur.client.analytics.ApiClient analytics() {
        return new nl.leercultuur.client.analytics.ApiClient(http(), nl.leercultuur.client.analytics.ApiClient.createDefaultObjectMapper(), url)
                .setRequestInterceptor(Gateway::onBehalfOfCaller).setReadTimeout(timeout);
    }

    /** The gateway's base URL, for the few calls made without a generated client (binary downloads). */
    public String url() {
        return url;
    }

    private static HttpClient.Builder http() {
        // HTTP/1.1: the gateway speaks nothing else, and an h2c upgrade attempt would only cost a round trip
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2));
    }

    /** Adds who is asking; outside a request (start-up, background) the call goes out anonymous. */
    public static void onBehalfOfCaller(HttpRequest.Builder b) {
        withCaller(c -> {
            c.accessToken().ifPresent(t -> b.setHeader("Authorization", "Bearer " + t));
            b.setHeader("X-Forwarded-For", c.address());
            if (!c.requestId().isEmpty()) {
                b.setHeader("X-Request-Id", c.requestId());
            }
        });
    }

    private static void withCaller(Consumer<Caller> action) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<Caller> h = Arc.container().instance(Caller.class)) {
            action.accept(h.get());
        }
    }
}
