package nl.leercultuur.gateway.edge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers the gateway gives itself (the services give their own). */
public final class EdgeProblems {

    public static final String REQUEST_ID = "X-Request-Id";

    private EdgeProblems() {
    }

    public static JsonObject body(int status, String slug, String title, String detail, String instance, String requestId) {
        return new JsonObject().put("type", "https://leercultuur.nl/problems/" + slug).put("title", title)
                .put("status", status).put("detail", detail).put("instance", instance).put("requestId", requestId);
    }

    /**
     * Answers with a problem and closes the connection after it (with {@code Connection: close}), without reading
     * what the client sends on: for requests whose end cannot be trusted.
     */
    public static void sendAndClose(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().ended() || rc.response().headWritten() || rc.response().closed()) {
            return;
        }
        rc.request().pause();
        String id = rc.request().getHeader(REQUEST_ID);
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").putHeader("Connection", "close")
                .end(body(status, slug, title, detail, rc.request().path(), id).toBuffer());
        // at once, in this turn of the event loop: a request pipelined behind this one is never dispatched (the
        // close flushes the answer above first)
        rc.request().connection().close();
    }

    /** Answers with a problem; {@code headers} are extra name, value pairs (Retry-After, Connection). */
    public static void send(RoutingContext rc, int status, String slug, String title, String detail, String... headers) {
        if (rc.response().ended() || rc.response().headWritten() || rc.response().closed()) {
            return;
        }
        if (!rc.request().isEnded()) {
            // a body still on its way is read and dropped, so the connection stays usable for the next request
            rc.request().handler(null).resume();
        }
        String id = rc.request().getHeader(REQUEST_ID);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            rc.response().putHeader(headers[i], headers[i + 1]);
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(body(status, slug, title, detail, rc.request().path(), id).toBuffer());
    }
}
