package nl.leercultuur.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: roles and the organisation an org-manager is bound to. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The organisation an org-manager's token is bound to. */
    public Optional<String> organisationId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object v = jwt.getClaim(Roles.ORG_CLAIM);
            return v == null ? Optional.empty() : Optional.of(v.toString().replace("\"", ""));
        }
        return Optional.empty();
    }

    /**
     * Admins may act for any organisation; an org-manager only for the one in the token. Everybody else is refused.
     */
    public void requireActFor(String organisationId) {
        if (has(Roles.ADMIN)) {
            return;
        }
        if (has(Roles.ORG_MANAGER) && organisationId != null && organisationId.equals(organisationId().orElse(null))) {
            return;
        }
        throw ProblemException.forbidden(has(Roles.ORG_MANAGER)
                ? "an org-manager may only act for their own organisation"
                : "only an admin or the organisation's org-manager may do this");
    }

    /** May read an organisation's data: admins and partners for all, an org-manager for their own. */
    public void requireReadOf(String organisationId) {
        if (has(Roles.ADMIN) || has(Roles.PARTNER)) {
            return;
        }
        requireActFor(organisationId);
    }
}
