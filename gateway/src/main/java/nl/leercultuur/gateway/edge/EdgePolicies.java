package nl.leercultuur.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.gateway.config.GatewayConfig;
import nl.leercultuur.platform.ratelimit.RateLimiter;
import nl.leercultuur.platform.security.OrganisationScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every API call meets at the edge, before it is forwarded: a request id, security headers, the body size
 * limit, who may call without a token ({@link ApiAccess}), organisation isolation for org-managers, and rate limits per
 * client. Tokens are verified by quarkus-oidc when asked for; its refusals become problem+json here.
 */
@ApplicationScoped
public class EdgePolicies {

    /** Routing context keys: who the client is, for the limits here and the fair share at the backends. */
    public static final String CLIENT_KEY = "gateway.client";
    public static final String CLIENT_ADDRESS = "gateway.client-address";

    /** The per-client limit's window: bursts of up to two seconds' worth, refilled evenly. */
    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String RESPOND_PREFIX = "/api/v1/surveys/respond/";
    private static final Pattern RESPOND = Pattern.compile("^" + RESPOND_PREFIX + "([^/]+)(/draft)?/?$");
    private static final Pattern ORG_IN_PATH = Pattern.compile("^/api/v1/analytics/organisations/([^/]+)");
    /**
     * Security headers on every response. Names and values made once as Netty's ASCII strings (hash kept, written out
     * as bytes without encoding), as they are set on every answer. {@code apiOnly}: pages (the web app, the Swagger UI)
     * bring their own CSP and referrer policy: with no-referrer a browser sends "Origin: null" with every form, which no
     * CSRF or CORS check can accept.
     */
    private record SecurityHeader(CharSequence name, CharSequence value, boolean apiOnly) {
        SecurityHeader(String name, String value, boolean apiOnly) {
            this(HttpHeaders.createOptimized(name), HttpHeaders.createOptimized(value), apiOnly);
        }
    }

    private static final List<SecurityHeader> SECURITY_HEADERS = List.of(
            new SecurityHeader("X-Content-Type-Options", "nosniff", false),
            new SecurityHeader("X-Frame-Options", "DENY", false),
            new SecurityHeader("Referrer-Policy", "no-referrer", true),
            new SecurityHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains", false),
            new SecurityHeader("Cross-Origin-Resource-Policy", "same-site", false),
            new SecurityHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'", true));

    private static final CharSequence REQUEST_ID_HEADER = HttpHeaders.createOptimized(EdgeProblems.REQUEST_ID);

    private static final BiConsumer<RoutingContext, Throwable> TOKEN_REFUSED = (rc, failure) -> {
        if (rc.response().ended()) {
            return;
        }
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof AuthenticationFailedException)) {
            cause = cause.getCause();
        }
        if (cause instanceof AuthenticationFailedException) {
            ProblemJsonBearerMechanism.unauthenticated(rc);
        } else {
            rc.fail(failure);
        }
    };

    private final GatewayConfig config;
    /** Tokens verified before, recognised here without asking Quarkus' authentication again. */
    private final ProblemJsonBearerMechanism bearer;
    /** leercultuur_gateway_rate_limited_total{limit}: 429s by the limit that refused (README "Gateway limits"). */
    private final Counter perAccount;
    private final Counter perAddress;
    private final Counter perCode;
    private final Counter unknownCodes;

    EdgePolicies(GatewayConfig config, RateLimiter limiter, MeterRegistry registry, ProblemJsonBearerMechanism bearer) {
        this.config = config;
        this.limiter = limiter;
        this.bearer = bearer;
        this.perAccount = rateLimited(registry, "account");
        this.perAddress = rateLimited(registry, "address");
        this.perCode = rateLimited(registry, "code");
        this.unknownCodes = rateLimited(registry, "unknown-codes");
    }

    private static Counter rateLimited(MeterRegistry registry, String limit) {
        return Counter.builder("leercultuur.gateway.rate.limited").tag("limit", limit)
                .description("Requests refused 429 by a per-client limit: account (signed in), address (anonymous), "
                        + "code (answers per code), unknown-codes (guessing per address)")
                .register(registry);
    }

    /** In memory, or shared by all gateways (gateway.limits.store; EdgeLimits): decisions arrive asynchronously. */
    private final RateLimiter limiter;
    private ClientAddress clients;

    @jakarta.annotation.PostConstruct
    void init() {
        clients = new ClientAddress(config.trustedProxies().orElse(List.of()));
    }

    void install(@Observes Router router) {
        // First of all, so that even the security layer's refusals carry them.
        router.route().order(Integer.MIN_VALUE).handler(this::identifyAndHarden);
        // A token that is not valid: 401 as problem+json, on whichever path it was found out. Set after the
        // authentication handler (which puts Quarkus' own, an empty 401, for lazy authentication) and before the
        // authorization that may ask for the identity.
        router.route().order(-(SecurityHandlerPriorities.AUTHENTICATION + SecurityHandlerPriorities.AUTHORIZATION) / 2).handler(rc -> {
            if (rc.request().headers().contains("Authorization")) {
                rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, TOKEN_REFUSED);
            }
            rc.next();
        });
        router.route("/api/*").order(1).handler(this::apply);
        // Refusals of the security layer, which otherwise end with an empty body.
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            Throwable f = rc.failure();
            if (f instanceof AuthenticationFailedException || f instanceof UnauthorizedException
                    || (f == null && rc.statusCode() == 401)) {
                ProblemJsonBearerMechanism.unauthenticated(rc);
            } else if (f instanceof ForbiddenException || (f == null && rc.statusCode() == 403)) {
                EdgeProblems.send(rc, 403, "forbidden", "Forbidden", "your roles do not allow this request");
            } else {
                rc.next();
            }
        });
    }

    /** Request id (accepted or made) on the request and the response, and security headers on every response. */
    private void identifyAndHarden(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String id = req.getHeader(EdgeProblems.REQUEST_ID);
        if (id == null || id.isBlank() || id.length() > 128) {
            id = requestId();
            req.headers().set(EdgeProblems.REQUEST_ID, id);
        }
        String requestId = id;
        boolean api = req.path().startsWith("/api/");
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            for (SecurityHeader h : SECURITY_HEADERS) {
                if (api) {
                    headers.set(h.name(), h.value());
                } else if (!h.apiOnly() && !headers.contains(h.name())) {
                    headers.set(h.name(), h.value());
                }
            }
            headers.set(REQUEST_ID_HEADER, requestId);
        });
        // Longer addresses than any of ours are refused here, as problem+json; the HTTP decoder itself accepts up to
        // 64 KB so that it never answers with an empty 414 and a closed connection
        if (req.uri().length() > config.limits().maxUriLength()) {
            EdgeProblems.send(rc, 414, "uri-too-long", "URI Too Long",
                    "the address may be at most " + config.limits().maxUriLength() + " characters");
            return;
        }
        if (headerBytes(req) > config.limits().maxHeaderBytes()) {
            EdgeProblems.send(rc, 431, "headers-too-large", "Request Header Fields Too Large",
                    "the request's headers may together be at most " + config.limits().maxHeaderBytes() + " bytes");
            return;
        }
        rc.next();
    }

    /**
     * A fresh request id in UUID form (version 4 bits set). It names a request in logs, it guards nothing, so it comes
     * from the thread's own generator instead of {@link UUID#randomUUID()}'s shared SecureRandom.
     */
    static String requestId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /** The size of the header block as sent: every "name: value" line with its line end. */
    static int headerBytes(HttpServerRequest req) {
        int n = 0;
        for (java.util.Map.Entry<String, String> h : req.headers()) {
            n += h.getKey().length() + h.getValue().length() + 4;
        }
        return n;
    }

    private void apply(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        // Who the client is, and whether the path needs a token (ApiAccess). A request without credentials is anonymous:
        // the security layer (not proactive, and without path policies, see application.properties) has not spent a
        // thing on it. One with a token is verified here: a token verified before and still valid is recognised from the
        // verified tokens at once; a new one goes through Quarkus' authentication, which verifies it once per validity.
        // Quarkus pauses every request as it arrives; the pause here only makes sure it stays so while a token is
        // verified, so that no byte of a body is lost before it is forwarded.
        boolean open = ApiAccess.anonymousAllowed(req.method(), rc.normalizedPath());
        String authorization = req.getHeader("Authorization");
        if (authorization == null) {
            if (!open) {
                ProblemJsonBearerMechanism.unauthenticated(rc);
                return;
            }
            admit(rc, null);
            return;
        }
        SecurityIdentity known = bearer.known(authorization);
        if (known != null) {
            // a token verified before and still valid: its identity at once (the limits go by its subject)
            admit(rc, known);
            return;
        }
        req.pause();
        decide(rc, QuarkusHttpUser.getSecurityIdentity(rc, null).subscribeAsCompletionStage(), identity -> {
            // a scheme other than Bearer is no credential here: the identity stays anonymous
            if (!open && (identity == null || identity.isAnonymous())) {
                ProblemJsonBearerMechanism.unauthenticated(rc);
                return;
            }
            admit(rc, identity);
        });
    }

    /** The body's size and framing, then {@link #limits}. */
    private void admit(RoutingContext rc, SecurityIdentity identity) {
        HttpServerRequest req = rc.request();
        String length = req.getHeader("Content-Length");
        String transfer = req.getHeader("Transfer-Encoding");
        if (length != null && parse(length) > config.limits().maxBodyBytes()) {
            EdgeProblems.send(rc, 413, "payload-too-large", "Payload Too Large",
                    "the request body may be at most " + config.limits().maxBodyBytes() + " bytes");
            return;
        }

        // Without a length the limit could only be enforced half-way through forwarding; our API has no use for
        // chunked uploads, so they are asked to send a length instead, and the connection is closed after the answer:
        // nothing that follows on it is read. A request with both headers reaches us as chunked (Netty's decoder lets
        // Transfer-Encoding win and drops Content-Length), and RFC 9112 §6.1 asks to close the connection after
        // answering it, since a front and a back end may disagree about where such a request ends.
        if (length == null && transfer != null) {
            EdgeProblems.sendAndClose(rc, 411, "length-required", "Length Required",
                    "send the body with a Content-Length (at most " + config.limits().maxBodyBytes() + " bytes)");
            return;
        }
        limits(rc, identity);
    }

    /** Organisation isolation, then the limits per client, per code and for guessing; routes the request on if it passes. */
    private void limits(RoutingContext rc, SecurityIdentity identity) {
        HttpServerRequest req = rc.request();
        boolean signedIn = identity != null && !identity.isAnonymous();
        // worked out once per verified token (ProblemJsonBearerMechanism.withScope)
        OrganisationScope scope = signedIn && identity.getAttribute(ProblemJsonBearerMechanism.SCOPE) instanceof OrganisationScope kept
                ? kept : OrganisationScope.of(identity);
        if (scope.bound()) {
            String own = scope.own();
            String asked = organisationAskedFor(rc);
            if (asked != null && !asked.equals(own)) {
                EdgeProblems.send(rc, 403, "other-organisation", "Forbidden",
                        "an org-manager may only ask for their own organisation (" + own + ")");
                return;
            }
        }

        String address = clientAddress(req);
        String client = signedIn ? "sub:" + (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName()) : "ip:" + address;
        rc.put(CLIENT_KEY, client);
        rc.put(CLIENT_ADDRESS, address);
        int perSecond = signedIn ? config.limits().authenticatedPerSecond() : config.limits().anonymousPerSecond();
        decide(rc, limiter.acquireAsync("api|" + client, 2 * perSecond, TWO_SECONDS), d -> {
            rc.response().putHeader("RateLimit-Limit", String.valueOf(2 * perSecond))
                    .putHeader("RateLimit-Remaining", String.valueOf(d.remaining()));
            if (!d.allowed()) {
                (signedIn ? perAccount : perAddress).increment();
                tooMany(rc, d, "more than " + perSecond + " requests per second from " + (signedIn ? "this account" : "this address"));
                return;
            }
            answeringLimits(rc, address);
        });
    }

    /**
     * Answering is limited per code, the respondent's credential, so colleagues answering behind one address never
     * share a limit. Guessing is what a limit per address is for: unknown codes (404) count against the address.
     * Open links are shared by design and limited per link and client by survey-service itself. Routes the request on
     * when it passes.
     */
    private void answeringLimits(RoutingContext rc, String address) {
        // the normalised path, as routing and ApiAccess see it: "/respond/CODE/./draft" is the draft of CODE; the
        // expression only for paths that can match it (every other API request passes here too)
        String path = rc.normalizedPath();
        Matcher m = path.startsWith(RESPOND_PREFIX) ? RESPOND.matcher(path) : null;
        if (m == null || !m.matches() || m.group(1).equals("open")) {
            rc.next();
            return;
        }
        int failures = config.limits().failedCodeLookupsPerMinute();
        decide(rc, limiter.peekAsync("guess|" + address, failures, MINUTE), guessing -> {
            if (!guessing.allowed()) {
                unknownCodes.increment();
                tooMany(rc, guessing, "too many unknown codes from this address; check the code and try again later");
                return;
            }
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 404) {
                    limiter.acquireAsync("guess|" + address, failures, MINUTE); // charged; nobody waits for the decision
                }
            });
            HttpMethod method = rc.request().method();
            if (method != HttpMethod.POST && method != HttpMethod.PUT) {
                rc.next();
                return;
            }
            int perCode = config.limits().respondPerCodePerMinute();
            decide(rc, limiter.acquireAsync("answer|" + m.group(1), perCode, MINUTE), d -> {
                if (!d.allowed()) {
                    this.perCode.increment();
                    tooMany(rc, d, "more than " + perCode + " answers or saved drafts per minute for one code");
                    return;
                }
                rc.next();
            });
        });
    }

    /**
     * Goes on with an asynchronous result (a limiter's decision, the client's identity) on the request's own event loop.
     * A result at hand (a store in memory has decided already, a token verified before) goes on at once; otherwise
     * (the shared store decides on its own threads, never on the event loop) the request, paused meanwhile, goes on
     * when it arrives, unless its client has left. A failure (a token that is not valid) fails the request, and the
     * failure handler above answers it.
     */
    private static <T> void decide(RoutingContext rc, CompletionStage<T> result, Consumer<T> then) {
        CompletableFuture<T> f = result.toCompletableFuture();
        if (f.isDone() && !f.isCompletedExceptionally()) {
            then.accept(f.join());
            return;
        }
        Context context = Vertx.currentContext();
        f.whenComplete((d, e) -> context.runOnContext(v -> {
            if (rc.response().closed() || rc.response().ended()) {
                return;
            }
            try {
                if (e != null) {
                    rc.fail(e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
                } else {
                    then.accept(d);
                }
            } catch (RuntimeException t) {
                rc.fail(t);
            }
        }));
    }

    private static void tooMany(RoutingContext rc, RateLimiter.Decision d, String detail) {
        EdgeProblems.send(rc, 429, "rate-limited", "Too Many Requests", detail + "; try again in " + d.retryAfterSeconds() + " s",
                "Retry-After", String.valueOf(d.retryAfterSeconds()));
    }

    /** The client's address: the peer, or what a trusted proxy in front of the gateway says the client is. */
    private String clientAddress(HttpServerRequest req) {
        String peer = req.remoteAddress() == null ? "unknown" : req.remoteAddress().host();
        if (!clients.isTrusted(peer)) {
            return peer;
        }
        return clients.resolve(peer, ClientAddress.chain(req.getHeader("Forwarded"), req.getHeader("X-Forwarded-For")));
    }

    /** The organisation a request names: ?organisationId=… or /api/v1/analytics/organisations/{id}/…. */
    private static String organisationAskedFor(RoutingContext rc) {
        String q = rc.request().getParam("organisationId");
        if (q != null && !q.isBlank()) {
            return q;
        }
        // the normalised path: "/api/v1/analytics/./organisations/other" reaches the same resource
        Matcher m = ORG_IN_PATH.matcher(rc.normalizedPath());
        return m.find() ? m.group(1) : null;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
