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

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        String id = rc.request().getHeader(REQUEST_ID);
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(body(status, slug, title, detail, rc.request().path(), id).toBuffer());
    }
}
