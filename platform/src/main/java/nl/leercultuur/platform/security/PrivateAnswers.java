package nl.leercultuur.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers given to a signed-in caller are theirs alone: {@code Cache-Control: no-store}, so no shared cache, proxy
 * or browser history keeps an organisation's results. A refusal for want of a token says how to authenticate
 * (RFC 6750 §3).
 */
public class PrivateAnswers {

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (response.getStatus() == 401 && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                    ? "Bearer realm=\"leercultuur\"" : "Bearer realm=\"leercultuur\", error=\"invalid_token\"");
        }
    }
}
