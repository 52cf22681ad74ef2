package nl.leercultuur.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Which organisations a caller may act for, the one rule used by the gateway's edge check and by every service
 * ({@link Caller}): an admin any; an org-manager the organisation in their token's {@code org_id} claim; nobody
 * else any. An org-manager without a wider role (admin, partner) is <em>bound</em>: whatever organisation a request
 * of theirs names must be their own.
 *
 * @param any   may act for every organisation (admin)
 * @param own   the organisation of an org-manager's token, or null
 * @param bound an org-manager without admin or partner role
 */
public record OrganisationScope(boolean any, String own, boolean bound) {

    public static final OrganisationScope NONE = new OrganisationScope(false, null, false);

    public static OrganisationScope of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return NONE;
        }
        return of(identity::hasRole, identity.getPrincipal());
    }

    static OrganisationScope of(Predicate<String> hasRole, Principal principal) {
        boolean admin = hasRole.test(Roles.ADMIN);
        boolean manager = hasRole.test(Roles.ORG_MANAGER);
        String own = manager ? organisationClaim(principal) : null;
        return new OrganisationScope(admin, own, manager && !admin && !hasRole.test(Roles.PARTNER));
    }

    /** May act for (change, and read the results of) this organisation. */
    public boolean mayActFor(String organisationId) {
        return any || (own != null && own.equals(organisationId));
    }

    /** The organisation claim of a token as a plain id (a JSON string's quotes removed), or null. */
    public static String organisationClaim(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            Object v = jwt.getClaim(Roles.ORG_CLAIM);
            if (v == null) {
                return null;
            }
            String s = v.toString().strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1);
            }
            return s.isEmpty() ? null : s;
        }
        return null;
    }
}
