package nl.leercultuur.web.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who the current page is for, as the API should see it: the signed-in user's access token (propagated as a
 * bearer token) and the browser's own address (forwarded, so that the gateway's per-client limits and fair share
 * apply to the person, not to this web server).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final RoutingContext request;

    Caller(SecurityIdentity identity, RoutingContext request) {
        this.identity = identity;
        this.request = request;
    }

    public Optional<String> accessToken() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential t = identity.getCredential(AccessTokenCredential.class);
        return t == null ? Optional.empty() : Optional.of(t.getToken());
    }

    /** The browser's address (the gateway's X-Forwarded-For, believed because the gateway is a trusted proxy). */
    public String address() {
        var a = request.request().remoteAddress();
        return a == null ? "127.0.0.1" : a.hostAddress();
    }

    public String requestId() {
        String id = request.request().getHeader("X-Request-Id");
        return id == null ? "" : id;
    }
}
