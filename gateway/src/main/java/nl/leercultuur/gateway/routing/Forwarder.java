package nl.leercultuur.gateway.routing;

import nl.leercultuur.gateway.config.GatewayConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import nl.leercultuur.gateway.edge.EdgeProblems;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Forwards one request to one backend. In order: the client's body is read in full under its own timeout (a slow
 * client gets 408 and never ties up the backend or counts against it); the backend's circuit is asked; a slot is
 * taken from the backend's {@link AdmissionControl} (or 503 + Retry-After at once); the request is sent and the
 * answer relayed: whole in one write when its Content-Length is at most 64 KiB, streamed otherwise. Only the backend's own failures count for its circuit: no connection, a reset, no answer
 * within the timeout after the request was sent, or a 502/503/504 it answered itself. A client that goes away
 * ends the backend call and counts for nothing. A GET/HEAD/OPTIONS whose connection failed before any byte of an
 * answer came back (a pooled keep-alive connection the backend had closed, or a backend restarting) is sent once
 * more on another connection. Every request ends in one access-log line and one count in {@link BackendMeters}.
 * <p>
 * Trace context: with tracing on, the gateway's server span continues the client's {@code traceparent}, and Quarkus'
 * instrumentation of the Vert.x HTTP client (this pooled client is created from the application's Vert.x instance,
 * whose tracer covers it) starts a client span under it and writes that span's {@code traceparent} on the forwarded
 * request; the client's own trace headers are then left out, or the backend would get two. With tracing off they are
 * passed on as they came.
 */
final class Forwarder {

    private static final Logger LOG = Logger.getLogger("gateway.access");
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** RFC 9110 §7.6.1 connection-specific fields, never forwarded either way; plus what the gateway sets itself. */
    private static final String[] HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "upgrade", "proxy-authorization", "proxy-authenticate", "expect", "content-length",
            "forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"};
    private static final long RECONNECT_DELAY_MS = 100;

    private final String name;
    private final Vertx vertx;
    private final LoopClients client;
    private final SocketAddress server;
    private final GatewayConfig.Backend config;
    private final long bodyTimeoutMs;
    final CircuitBreaker breaker;
    final AdmissionControl admission;
    private final BackendMeters meters;
    private final java.util.concurrent.atomic.LongAdder shedCount = new java.util.concurrent.atomic.LongAdder();
    /** The longest a request shed since the last report was with the gateway (nanoseconds). */
    private final java.util.concurrent.atomic.LongAccumulator shedLongest = new java.util.concurrent.atomic.LongAccumulator(Math::max, 0);

    Forwarder(String name, Vertx vertx, LoopClients client, SocketAddress server, GatewayConfig.Backend config,
              long bodyTimeoutMs, CircuitBreaker breaker, AdmissionControl admission, BackendMeters meters) {
        this.name = name;
        this.vertx = vertx;
        this.client = client;
        this.server = server;
        this.config = config;
        this.bodyTimeoutMs = bodyTimeoutMs;
        this.breaker = breaker;
        this.admission = admission;
        this.meters = meters;
    }

    /** The backend's answer could not be used: what is told to the circuit breaker. */
    static final class BackendFailure extends RuntimeException {
        BackendFailure(String message) {
            super(message, null, false, false);
        }
    }

    void handle(RoutingContext rc, String route, String clientKey, String clientAddress) {
        Call call = new Call(rc, route, clientKey, clientAddress);
        call.readBody();
    }

    /** One client request on its way through. */
    private final class Call {
        final RoutingContext rc;
        final HttpServerRequest req;
        final String route;
        final String clientKey;
        final String clientAddress;
        final long started = System.nanoTime();
        final Context context = vertx.getOrCreateContext();
        Buffer body;
        /** Admitted or refused by the admission control (possibly on another event loop's thread). */
        volatile boolean decided;
        /** The timer that ends a wait in the admission queue; cancelled once decided, so the call is not kept alive by it. */
        volatile long queueTimer = -1;
        HttpClientRequest outgoing;
        AdmissionControl.Ticket ticket;
        String note = "";

        Call(RoutingContext rc, String route, String clientKey, String clientAddress) {
            this.rc = rc;
            this.req = rc.request();
            this.route = route;
            this.clientKey = clientKey;
            this.clientAddress = clientAddress;
        }

        boolean clientGone() {
            return rc.response().closed();
        }

        void readBody() {
            if ("100-continue".equalsIgnoreCase(req.getHeader("Expect")) && !rc.response().headWritten()) {
                rc.response().writeContinue();
            }
            boolean hasBody = req.headers().contains("Content-Length") || req.headers().contains("Transfer-Encoding");
            long timer = !hasBody ? -1 : vertx.setTimer(bodyTimeoutMs, t -> {
                if (body == null && !rc.response().headWritten()) {
                    note = " (body not sent in time)";
                    EdgeProblems.send(rc, 408, "request-timeout", "Request Timeout",
                            "the request body did not arrive within " + bodyTimeoutMs + " ms", "Connection", "close");
                    log(408);
                    req.connection().close();
                }
            });
            Future<Buffer> whole = req.body();
            req.resume(); // paused since it arrived (Quarkus' root handler), and while EdgePolicies verified a token
            whole.onComplete(ar -> {
                if (timer >= 0) {
                    vertx.cancelTimer(timer);
                }
                if (rc.response().headWritten() || clientGone()) {
                    return;
                }
                if (ar.failed()) {
                    // the client broke off while sending: nobody to answer, nothing to count
                    return;
                }
                body = ar.result();
                admit();
            });
        }

        void admit() {
            if (!breaker.tryAcquirePermission()) {
                note = " (circuit open)";
                refuse(503, "backend-unavailable", name + " is unavailable (circuit open); try again shortly",
                        String.valueOf(Math.max(1, TimeUnit.MILLISECONDS.toSeconds(config.breaker().openMs()))));
                return;
            }
            AdmissionControl.Waiting waiting = admission.acquire(clientKey, new AdmissionControl.Listener() {
                @Override
                public void admitted(AdmissionControl.Ticket t) {
                    decided = true;
                    stopQueueTimer();
                    ticket = t;
                    if (clientGone()) {
                        t.abandon();
                        breaker.releasePermission();
                        return;
                    }
                    onOwnContext(() -> send(1));
                }

                @Override
                public void refused() {
                    decided = true;
                    stopQueueTimer();
                    breaker.releasePermission();
                    onOwnContext(Call.this::shed);
                }
            });
            if (!decided) { // waiting in the queue, for a while at most
                long wait = TimeUnit.NANOSECONDS.toMillis(admission.waitAllowanceNanos(clientKey,
                        TimeUnit.MILLISECONDS.toNanos(config.concurrency().queueTimeoutMs())));
                queueTimer = vertx.setTimer(Math.max(1, wait), t -> {
                    if (waiting.cancel()) {
                        breaker.releasePermission();
                        shed();
                    }
                });
                if (decided) { // admitted on another thread while the timer was being set
                    stopQueueTimer();
                }
            }
            if (rc.response().ended()) {
                return; // refused at once: nothing is waiting or in flight (and a close handler can no longer be set)
            }
            rc.response().closeHandler(v -> {
                if (waiting.cancel()) {
                    breaker.releasePermission();
                }
                if (outgoing != null) {
                    outgoing.reset(); // the client left: the backend need not finish for nobody
                }
            });
        }

        /**
         * Runs on this request's event loop: a slot freed, or a waiter refused, by a request on another event loop
         * continues there.
         */
        void onOwnContext(Runnable action) {
            if (Vertx.currentContext() == context) {
                action.run();
            } else {
                context.runOnContext(v -> action.run());
            }
        }

        void stopQueueTimer() {
            long t = queueTimer;
            if (t >= 0) {
                vertx.cancelTimer(t);
            }
        }

        void send(int attempt) {
            RequestOptions options = new RequestOptions().setServer(server).setMethod(req.method()).setURI(req.uri())
                    .setHeaders(requestHeaders()).setIdleTimeout(config.timeoutMs());
            long sent = System.nanoTime();
            client.current().request(options).compose(r -> {
                outgoing = r;
                if (clientGone()) {
                    r.reset();
                    return Future.failedFuture("client gone");
                }
                return body.length() == 0 && !req.headers().contains("Content-Length") ? r.send() : r.send(body);
            }).onComplete(ar -> {
                if (ar.succeeded()) {
                    answered(ar.result(), sent);
                } else {
                    failed(ar.cause(), attempt, sent);
                }
            });
        }

        void answered(HttpClientResponse resp, long sent) {
            int status = resp.statusCode();
            boolean backendTrouble = status == 502 || status == 503 || status == 504;
            long took = System.nanoTime() - sent;
            if (backendTrouble) {
                breaker.onError(took, TimeUnit.NANOSECONDS, new BackendFailure(name + " answered " + status));
            } else {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            }
            ticket.done(status == 503 || status == 504);
            if (clientGone()) {
                outgoing.reset();
                note = " (client gone)";
                log(status);
                return;
            }
            String length = resp.getHeader("Content-Length");
            boolean bodyless = req.method() == HttpMethod.HEAD || status == 204 || status == 304 || (status >= 100 && status < 200);
            if (!bodyless && length != null && wholeFits(length)) {
                // read whole and written with the head in one go: piped, every 8 KiB piece the client decoder hands on
                // is a write of its own (a page of catalogue entries was two writes after the head)
                whole(resp).onComplete(whole -> {
                    if (clientGone()) {
                        note = " (client gone)";
                        log(status);
                    } else if (whole.failed()) {
                        // nothing was written yet: the client gets an answer it can act on instead of a cut connection
                        note = " (answer broken off: " + whole.cause().getMessage() + ")";
                        refuse(503, "backend-unavailable", name + " broke off its answer; try again shortly", "1");
                    } else {
                        head(resp, status).end(whole.result());
                        log(status);
                    }
                });
                return;
            }
            HttpServerResponse out = head(resp, status);
            if (length == null && !bodyless) {
                out.setChunked(true);
            }
            // not ended on failure: a client gone mid-answer fails the write of a chunk, and a pipe that then ended the
            // response made its own next question to it (writeQueueFull) throw, logged as an uncaught error
            resp.pipe().endOnFailure(false).to(out).onComplete(done -> {
                if (done.failed()) {
                    relayBroken(out, done.cause());
                }
                log(status);
            });
        }

        /** The client's response with the backend's status and headers (its Content-Length kept, hop-by-hop ones left out). */
        HttpServerResponse head(HttpClientResponse resp, int status) {
            HttpServerResponse out = rc.response().setStatusCode(status);
            if (resp.statusMessage() != null) {
                out.setStatusMessage(resp.statusMessage());
            }
            MultiMap headers = out.headers();
            resp.headers().forEach(h -> {
                if (!hopByHop(h.getKey())) {
                    headers.add(h.getKey(), h.getValue());
                }
            });
            String length = resp.getHeader("Content-Length");
            if (length != null) {
                headers.set("Content-Length", length);
            }
            return out;
        }

        /** The backend broke off mid-answer, or the client left: end the other side too. */
        void relayBroken(HttpServerResponse out, Throwable cause) {
            note = " (stream broken: " + cause.getMessage() + ")";
            if (!out.ended() && !out.closed()) {
                out.reset();
            }
            outgoing.reset();
        }

        void failed(Throwable err, int attempt, long sent) {
            long took = System.nanoTime() - sent;
            if (clientGone()) {
                // the client's abort, not the backend's failure
                breaker.releasePermission();
                ticket.abandon();
                note = " (client gone)";
                log(499);
                return;
            }
            boolean timeout = isTimeout(err);
            if (!timeout && attempt == 1 && IDEMPOTENT.contains(req.method())) {
                // nothing of an answer came back: safe to send once more, on another connection
                long delay = err instanceof ConnectException ? RECONNECT_DELAY_MS : 0;
                LOG.debugf("retrying %s %s on %s after: %s", req.method(), req.uri(), name, err.getMessage());
                if (delay == 0) {
                    send(2);
                } else {
                    vertx.setTimer(delay, t -> send(2));
                }
                return;
            }
            breaker.onError(took, TimeUnit.NANOSECONDS, new BackendFailure(name + ": " + err.getMessage()));
            ticket.done(timeout);
            if (timeout) {
                note = " (no answer in " + config.timeoutMs() + " ms)";
                refuse(504, "backend-timeout", name + " did not answer in time", null);
            } else {
                note = " (" + err.getMessage() + ")";
                refuse(503, "backend-unavailable", name + " cannot be reached; try again shortly", "5");
            }
        }

        MultiMap requestHeaders() {
            MultiMap h = MultiMap.caseInsensitiveMultiMap();
            req.headers().forEach(e -> {
                if (!hopByHop(e.getKey())) {
                    h.add(e.getKey(), e.getValue());
                }
            });
            if (Span.current().getSpanContext().isValid()) {
                // traced: the client span's traceparent is written by the HTTP client's instrumentation, which adds
                // it; the client's own (continued by the gateway's server span) would make a second one
                h.remove("traceparent");
                h.remove("tracestate");
            }
            // the services see the client the gateway resolved (trusted proxies already taken into account)
            h.set("X-Forwarded-For", clientAddress);
            h.set("X-Forwarded-Host", req.authority() == null ? "" : req.authority().toString());
            h.set("X-Forwarded-Proto", req.scheme() == null ? "http" : req.scheme());
            return h;
        }

        /** Overload: answered at once, counted, and logged once a second in sum (a line per request would add to the load). */
        void shed() {
            long took = System.nanoTime() - started;
            shedCount.increment();
            shedLongest.accumulate(took);
            meters.shed(took);
            meters.finished(route, 503, took);
            if (!clientGone()) {
                EdgeProblems.send(rc, 503, "overloaded", "Service Unavailable", name + " is busy; try again in a second",
                        "Retry-After", "1");
            }
        }

        void refuse(int status, String slug, String detail, String retryAfter) {
            if (clientGone() || rc.response().headWritten()) {
                return;
            }
            String title = status == 504 ? "Gateway Timeout" : "Service Unavailable";
            if (retryAfter == null) {
                EdgeProblems.send(rc, status, slug, title, detail);
            } else {
                EdgeProblems.send(rc, status, slug, title, detail, "Retry-After", retryAfter);
            }
            log(status);
        }

        void log(int status) {
            long took = System.nanoTime() - started;
            meters.finished(route, status, took);
            if (LOG.isInfoEnabled()) {
                LOG.info(accessLine(req.method().name(), req.uri(), name, status, took, req.getHeader(EdgeProblems.REQUEST_ID), note));
            }
        }
    }

    /** Called once a second: one line when requests were shed since the last call. */
    void reportShed() {
        long n = shedCount.sumThenReset();
        if (n > 0) {
            LOG.warnf("%s overloaded: %d requests answered 503 in the last second, the slowest after %d ms (limit %d, in flight %d, queued %d)",
                    name, n, TimeUnit.NANOSECONDS.toMillis(shedLongest.getThenReset()), admission.limit(), admission.inflight(), admission.queued());
        }
    }

    /**
     * One access-log line: {@code GET /api/v1/x -> catalog 200 3.2 ms [request id]}. Built by hand: a printf format per
     * request (java.util.Formatter, a BigDecimal for the milliseconds) was a tenth of the gateway's work per request.
     */
    static String accessLine(String method, String uri, String backend, int status, long nanos, String requestId, String note) {
        long tenths = (nanos + 50_000) / 100_000;
        return new StringBuilder(64 + uri.length()).append(method).append(' ').append(uri).append(" -> ").append(backend)
                .append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10).append(" ms [")
                .append(requestId).append(']').append(note).toString();
    }

    /**
     * Whether a header is not passed on: hop-by-hop (RFC 9110 7.6.1) or set by the gateway itself. Asked for every
     * header of every request and answer: compared in place, without a lower-cased copy of each name.
     */
    static boolean hopByHop(String name) {
        for (String h : HOP_BY_HOP) {
            if (h.length() == name.length() && h.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** An answer's body up to this size is relayed whole rather than piped (the services' own output buffer, 64 KiB). */
    static final long WHOLE_BODY_MAX = 64 * 1024;

    /**
     * The backend's answer read whole, without copying it again: the HTTP client hands on each piece as a buffer of its
     * own, and those are joined as they are (a composite buffer) instead of appended to one that grows. The socket write
     * copies once anyway. {@code HttpClientResponse.body()} appended: 6-7 % of the gateway's event loop on a 16 KB page
     * of catalogue entries went to that copy and the re-allocations of the growing buffer.
     */
    static Future<Buffer> whole(HttpClientResponse resp) {
        Promise<Buffer> read = Promise.promise();
        List<ByteBuf> pieces = new ArrayList<>(4);
        resp.handler(piece -> pieces.add(piece.getByteBuf()));
        resp.exceptionHandler(read::tryFail);
        resp.endHandler(v -> read.tryComplete(joined(pieces)));
        return read.future();
    }

    static Buffer joined(List<ByteBuf> pieces) {
        return switch (pieces.size()) {
            case 0 -> Buffer.buffer();
            case 1 -> Buffer.buffer(pieces.get(0));
            default -> Buffer.buffer(Unpooled.wrappedBuffer(pieces.size(), pieces.toArray(new ByteBuf[0])));
        };
    }

    /** A Content-Length that says the body is small enough to be read whole before it is written on. */
    static boolean wholeFits(String contentLength) {
        int n = contentLength.length();
        if (n == 0 || n > 6) {
            return false;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = contentLength.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            v = v * 10 + (ch - '0');
        }
        return v <= WHOLE_BODY_MAX;
    }

    static boolean isTimeout(Throwable err) {
        return err instanceof TimeoutException || err instanceof io.netty.handler.timeout.TimeoutException
                || String.valueOf(err.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")
                || String.valueOf(err.getMessage()).toLowerCase(Locale.ROOT).contains("timed out");
    }
}
