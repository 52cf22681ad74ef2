package nl.leercultuur.gateway.routing;

import nl.leercultuur.gateway.config.GatewayConfig;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.gateway.edge.EdgePolicies;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Routes each public prefix to its backend, one {@link Forwarder} per backend with its own connection pool,
 * circuit breaker (resilience4j: failure rate over a sliding time window) and adaptive concurrency limit
 * (concurrency-limits' gradient limit with a fair queue).
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger("gateway.access");

    private final GatewayConfig config;
    private final MeterRegistry registry;

    ProxyRoutes(GatewayConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    private final Map<String, Forwarder> forwarders = new LinkedHashMap<>();

    void routes(@Observes Router router, Vertx vertx) {
        config.backends().forEach((name, backend) -> {
            URI uri = URI.create(backend.url());
            int port = uri.getPort() > 0 ? uri.getPort() : 80;
            LoopClients client = new LoopClients(vertx, new HttpClientOptions().setKeepAlive(true).setConnectTimeout(1000)
                    // well below the services' own idle timeout, so the gateway is the side that lets go
                    .setKeepAliveTimeout(20), Math.max(4, (config.poolSize() + eventLoops() - 1) / eventLoops()));
            CircuitBreaker breaker = breaker(name, backend.breaker());
            AdmissionControl admission = admission(backend.concurrency());
            BackendMeters meters = new BackendMeters(registry, name).watching(breaker, admission);
            Forwarder f = new Forwarder(name, vertx, client, SocketAddress.inetSocketAddress(port, uri.getHost()), backend,
                    config.bodyTimeoutMs(), breaker, admission, meters);
            forwarders.put(name, f);
            for (String prefix : backend.prefixes()) {
                meters.route(prefix);
                if ("/".equals(prefix)) {
                    // the pages: everything that is not the API, the gateway's own /q or the OpenAPI documents
                    router.route().order(20).handler(rc -> {
                        if (ownedByGateway(rc.normalizedPath())) {
                            rc.next();
                        } else {
                            forward(rc, f, prefix);
                        }
                    });
                    continue;
                }
                router.route(prefix).order(10).handler(rc -> forward(rc, f, prefix));
                router.route(prefix + "/*").order(10).handler(rc -> forward(rc, f, prefix));
            }
            LOG.infof("routing %s to %s (%s)", backend.prefixes(), name, backend.url());
        });
        vertx.setPeriodic(1000, t -> forwarders.values().forEach(Forwarder::reportShed));
    }

    /** Quarkus' event loops: configured, or two per core (its default). */
    static int eventLoops() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.vertx.event-loops-pool-size", Integer.class)
                .orElse(2 * Runtime.getRuntime().availableProcessors());
    }

    static CircuitBreaker breaker(String name, GatewayConfig.Breaker c) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize(c.windowSeconds())
                .minimumNumberOfCalls(c.minimumCalls())
                .failureRateThreshold(c.failureRate())
                .waitDurationInOpenState(Duration.ofMillis(c.openMs()))
                .permittedNumberOfCallsInHalfOpenState(3)
                // slowness is the admission control's business, not the breaker's
                .slowCallRateThreshold(100).slowCallDurationThreshold(Duration.ofDays(1))
                .build());
    }

    static AdmissionControl admission(GatewayConfig.Concurrency c) {
        return new AdmissionControl(Gradient2Limit.newBuilder().initialLimit(c.initialLimit()).minLimit(c.minLimit())
                .maxConcurrency(c.maxLimit()).build(), c.queueSize(), TimeUnit.MILLISECONDS.toNanos(c.standingQueueMs()),
                TimeUnit.MILLISECONDS.toNanos(c.overloadAfterMs()),
                TimeUnit.MILLISECONDS.toNanos(c.standingWaitMs()),
                TimeUnit.MILLISECONDS.toNanos(c.overloadedWaitMs()), System::nanoTime);
    }

    /** Circuit state and admitted concurrency per backend, for readiness data and tests. */
    public Map<String, String> state() {
        Map<String, String> m = new LinkedHashMap<>();
        forwarders.forEach((name, f) -> m.put(name, "circuit " + f.breaker.getState() + ", in flight " + f.admission.inflight()
                + " of limit " + f.admission.limit() + ", queued " + f.admission.queued()));
        return m;
    }

    static boolean ownedByGateway(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")
                || path.equals("/openapi") || path.startsWith("/openapi/");
    }

    private static void forward(RoutingContext rc, Forwarder f, String route) {
        f.handle(rc, route, rc.get(EdgePolicies.CLIENT_KEY), rc.get(EdgePolicies.CLIENT_ADDRESS));
    }
}
