package nl.leercultuur.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Forwards each public prefix to its backend with Vert.x' reverse proxy (method, headers, body, status and
 * streaming intact). Adds X-Forwarded-*; retries GET/HEAD/OPTIONS once when the backend cannot be reached;
 * answers 503/504 as problem+json when a backend is down, slow or its circuit is open.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger("gateway.access");
    private static final String REQUEST_ID = nl.leercultuur.gateway.edge.EdgeProblems.REQUEST_ID;
    private static final java.util.Set<io.vertx.core.http.HttpMethod> IDEMPOTENT = java.util.Set.of(
            io.vertx.core.http.HttpMethod.GET, io.vertx.core.http.HttpMethod.HEAD, io.vertx.core.http.HttpMethod.OPTIONS);
    private static final long RETRY_DELAY_MS = 100;

    @Inject
    GatewayConfig config;

    private final Map<String, CircuitBreaker> breakers = new LinkedHashMap<>();

    void routes(@Observes Router router, Vertx vertx) {
        config.backends().forEach((name, backend) -> {
            URI uri = URI.create(backend.url());
            int port = uri.getPort() > 0 ? uri.getPort() : 80;
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setMaxPoolSize(config.poolSize()).setKeepAlive(true).setConnectTimeout(1000));
            CircuitBreaker breaker = new CircuitBreaker(backend.breakerThreshold(), backend.breakerOpenMs(), System::currentTimeMillis);
            breakers.put(name, breaker);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((req, c) -> {
                        RequestOptions options = new RequestOptions()
                                .setServer(SocketAddress.inetSocketAddress(port, uri.getHost()))
                                .setIdleTimeout(backend.timeoutMs());
                        Future<io.vertx.core.http.HttpClientRequest> first = c.request(options);
                        // Not connecting is safe to retry for methods without a body that change nothing:
                        // the backend never saw the request. Anything else is answered 503 straight away.
                        if (!IDEMPOTENT.contains(req.method())) {
                            return first;
                        }
                        return first.recover(err -> {
                            LOG.debugf("retrying %s %s on %s after: %s", req.method(), req.uri(), name, err.getMessage());
                            return vertx.timer(RETRY_DELAY_MS).compose(t -> c.request(options));
                        });
                    });
            proxy.addInterceptor(new Guard(name, breaker));
            for (String prefix : backend.prefixes()) {
                router.route(prefix).order(10).handler(rc -> forward(rc, proxy));
                router.route(prefix + "/*").order(10).handler(rc -> forward(rc, proxy));
            }
            LOG.infof("routing %s to %s (%s)", backend.prefixes(), name, backend.url());
        });
    }

    public Map<String, CircuitBreaker> breakers() {
        return breakers;
    }

    private static void forward(RoutingContext rc, HttpProxy proxy) {
        HttpServerRequest req = rc.request(); // X-Request-Id is set by EdgePolicies
        req.headers().set("X-Forwarded-Host", req.authority() == null ? "" : req.authority().toString());
        req.headers().set("X-Forwarded-Proto", req.scheme());
        String peer = req.remoteAddress() == null ? "" : req.remoteAddress().host();
        String prior = req.getHeader("X-Forwarded-For");
        req.headers().set("X-Forwarded-For", prior == null ? peer : prior + ", " + peer);
        rc.put("started", System.nanoTime());
        proxy.handle(req);
    }

    /** Circuit breaker, error translation and the access log line around each proxied call. */
    private static final class Guard implements ProxyInterceptor {
        private final String backend;
        private final CircuitBreaker breaker;

        Guard(String backend, CircuitBreaker breaker) {
            this.backend = backend;
            this.breaker = breaker;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
            ProxyRequest req = ctx.request();
            long started = System.nanoTime();
            if (!breaker.allow()) {
                return Future.succeededFuture(problem(req, 503, "backend-unavailable",
                        backend + " is unavailable (circuit open); try again shortly", started));
            }
            return ctx.sendRequest().map(resp -> {
                if (resp.getStatusCode() >= 500 && resp.getStatusCode() != 501) {
                    breaker.failure();
                } else {
                    breaker.success();
                }
                resp.putHeader(REQUEST_ID, req.headers().get(REQUEST_ID));
                log(req, resp.getStatusCode(), started);
                return resp;
            }).recover(err -> {
                breaker.failure();
                boolean timeout = err instanceof TimeoutException || String.valueOf(err.getMessage()).toLowerCase().contains("timeout");
                return Future.succeededFuture(timeout
                        ? problem(req, 504, "backend-timeout", backend + " did not answer in time", started)
                        : problem(req, 503, "backend-unavailable", backend + " cannot be reached; try again shortly", started));
            });
        }

        private ProxyResponse problem(ProxyRequest req, int status, String slug, String detail, long started) {
            String id = req.headers().get(REQUEST_ID);
            JsonObject p = nl.leercultuur.gateway.edge.EdgeProblems.body(status, slug,
                    status == 504 ? "Gateway Timeout" : "Service Unavailable", detail, req.getURI(), id);
            Buffer body = p.toBuffer();
            ProxyResponse resp = req.response().setStatusCode(status).setStatusMessage(status == 504 ? "Gateway Timeout" : "Service Unavailable");
            resp.headers().clear();
            resp.putHeader("Content-Type", "application/problem+json").putHeader(REQUEST_ID, id)
                    .putHeader("Content-Length", String.valueOf(body.length()));
            if (status == 503) {
                resp.putHeader("Retry-After", "5");
            }
            resp.setBody(Body.body(body));
            log(req, status, started);
            return resp;
        }

        private void log(ProxyRequest req, int status, long started) {
            LOG.infof("%s %s -> %s %d %.1f ms [%s]", req.getMethod(), req.getURI(), backend, status,
                    (System.nanoTime() - started) / 1e6, req.headers().get(REQUEST_ID));
        }
    }
}
