package nl.leercultuur.gateway.edge;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import nl.leercultuur.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import nl.leercultuur.platform.security.OrganisationScope;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * quarkus-oidc's bearer token check, with two changes: a token verified before is not verified again while it is valid
 * ({@link VerifiedTokens}), and the 401 challenge carries a problem+json body (with the request id) instead of an empty
 * one, like every other refusal of the platform.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemJsonBearerMechanism implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens tokens;
    /** The seconds quarkus-oidc accepts a token past its expiry (its clock skew): the early refusal allows the same. */
    private final int lifespanGrace;

    ProblemJsonBearerMechanism(OidcAuthenticationMechanism oidc, GatewayConfig config,
                               @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int lifespanGrace) {
        this.oidc = oidc;
        this.lifespanGrace = lifespanGrace;
        this.tokens = new VerifiedTokens(config.tokens().cacheSize(), Ticker.systemTicker(),
                () -> System.currentTimeMillis() / 1000);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = VerifiedTokens.bearer(context.request().getHeader("Authorization"));
        if (token == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        SecurityIdentity known = tokens.known(token);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        if (VerifiedTokens.expiredBeforeVerifying(token, System.currentTimeMillis() / 1000, lifespanGrace)) {
            // refused as the full check would refuse it (same failure, same 401), without verifying its signature
            return Uni.createFrom().failure(new AuthenticationFailedException("the bearer token has expired"));
        }
        return oidc.authenticate(context, identityProviderManager).map(ProblemJsonBearerMechanism::withScope)
                .invoke(identity -> tokens.verified(token, identity));
    }

    /**
     * The identity of an {@code Authorization} header whose bearer token was verified before and has not expired, else
     * null: what {@link #authenticate} would give for it, without a round through Quarkus' authentication (its
     * Mutiny pipeline and context propagation were about a quarter of the gateway's CPU per signed-in request).
     */
    SecurityIdentity known(String authorization) {
        String token = VerifiedTokens.bearer(authorization);
        return token == null ? null : tokens.known(token);
    }

    /** The attribute holding a verified identity's {@link OrganisationScope}, read by {@link EdgePolicies}. */
    static final String SCOPE = OrganisationScope.class.getName();

    /**
     * The identity with its organisation scope worked out once, kept with it for as long as its token is kept: reading
     * the organisation claim costs smallrye-jwt an exception every time (a claim name that is not one of the standard
     * {@code Claims} is looked up by catching {@code IllegalArgumentException}: 13 % of the gateway's CPU per signed-in
     * request).
     */
    static SecurityIdentity withScope(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(SCOPE, OrganisationScope.of(identity)).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext rc) {
        return Uni.createFrom().item(() -> {
            unauthenticated(rc);
            return true;
        });
    }

    /** 401 with the challenge, as problem+json saying whether a token came and was not valid, or none came. */
    static void unauthenticated(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"leercultuur\"");
        boolean presented = rc.request().getHeader("Authorization") != null;
        EdgeProblems.send(rc, 401, "unauthenticated", "Unauthorized", presented
                ? "the bearer token is not valid (signature, issuer, audience or expiry)"
                : "a bearer token is required for " + rc.request().method() + " " + rc.request().path());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
