package nl.leercultuur.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: roles and the organisation an org-manager is bound to. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final Instance<PartnerAccess> partnerAccess;

    Caller(SecurityIdentity identity,
           Instance<PartnerAccess> partnerAccess) {
        this.identity = identity;
        this.partnerAccess = partnerAccess;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /**
     * The caller's stable identity: the token's {@code sub} (a user's or a service account's id, which unlike a
     * username is never changed or given to somebody else), the principal's name only for a token without one.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** Which organisations the caller may act for ({@link OrganisationScope}, the rule the gateway applies too). */
    public OrganisationScope scope() {
        return OrganisationScope.of(identity);
    }

    /** The organisation an org-manager's token is bound to. */
    public Optional<String> organisationId() {
        return Optional.ofNullable(scope().own());
    }

    /**
     * Admins may act for any organisation; an org-manager only for the one in the token. Everybody else is refused.
     */
    public void requireActFor(String organisationId) {
        if (scope().mayActFor(organisationId)) {
            return;
        }
        throw ProblemException.forbidden(has(Roles.ORG_MANAGER)
                ? "an org-manager may only act for their own organisation"
                : "only an admin or the organisation's org-manager may do this");
    }

    /**
     * May read an organisation's results: admins all, an org-manager their own, a partner only those of organisations
     * that granted it access ({@link PartnerAccess}).
     */
    public void requireReadOf(String organisationId) {
        if (scope().mayActFor(organisationId)) {
            return;
        }
        if (has(Roles.PARTNER)) {
            if (organisationId != null && partnerAccess.isResolvable() && partnerAccess.get().granted(organisationId, subject())) {
                return;
            }
            throw ProblemException.forbidden("organisation " + organisationId + " has not granted you access to its results; "
                    + "partners see region and sector figures (GET /api/v1/analytics/region/benchmark)");
        }
        requireActFor(organisationId);
    }
}
