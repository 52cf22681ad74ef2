package nl.leercultuur.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one organisation rule the gateway and the services share. */
class OrganisationScopeTest {

    static JsonWebToken token(Object orgClaim) {
        Map<String, Object> claims = orgClaim == null ? Map.of() : Map.of(Roles.ORG_CLAIM, orgClaim);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "user";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    static OrganisationScope scope(Object orgClaim, String... roles) {
        return OrganisationScope.of(Set.of(roles)::contains, token(orgClaim));
    }

    @Test
    void anAdminMayActForEveryOrganisation() {
        OrganisationScope s = scope(null, Roles.ADMIN);
        assertTrue(s.mayActFor("laurens") && s.mayActFor("other"));
        assertFalse(s.bound());
    }

    @Test
    void anOrgManagerOnlyForTheOrganisationInTheToken() {
        OrganisationScope s = scope("laurens", Roles.ORG_MANAGER);
        assertTrue(s.mayActFor("laurens"));
        assertFalse(s.mayActFor("other"));
        assertFalse(s.mayActFor(null));
        assertTrue(s.bound());
        assertEquals("laurens", s.own());
    }

    @Test
    void theClaimIsReadTheSameWayWhetherItArrivesAsJsonStringOrPlainText() {
        assertEquals("laurens", scope("\"laurens\"", Roles.ORG_MANAGER).own());
        assertEquals("laurens", scope(jakarta.json.Json.createValue("laurens"), Roles.ORG_MANAGER).own());
        assertNull(scope("", Roles.ORG_MANAGER).own());
        assertFalse(scope("", Roles.ORG_MANAGER).mayActFor(""));
    }

    @Test
    void aPartnerOrAnAdminWhoIsAlsoManagerIsNotBoundAndOthersMayActForNone() {
        assertFalse(scope("laurens", Roles.ORG_MANAGER, Roles.PARTNER).bound());
        assertTrue(scope("laurens", Roles.ORG_MANAGER, Roles.PARTNER).mayActFor("laurens"));
        assertFalse(scope("laurens", Roles.PARTNER).mayActFor("laurens"), "a partner acts for nobody; reading is by grant");
        assertFalse(scope("laurens", Roles.FACILITATOR).mayActFor("laurens"));
        assertNull(scope("laurens", Roles.FACILITATOR).own(), "the claim binds org-managers only");
        assertFalse(OrganisationScope.NONE.mayActFor("laurens"));
    }
}
