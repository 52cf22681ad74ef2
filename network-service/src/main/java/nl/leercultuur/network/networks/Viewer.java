package nl.leercultuur.network.networks;

import nl.leercultuur.platform.security.Caller;
import nl.leercultuur.platform.security.Roles;

import java.util.Optional;

/**
 * Who asks, as far as network access is concerned: their subject, whether they are an admin, and the organisation
 * they manage when they are an org-manager.
 */
public record Viewer(String subject, boolean admin, Optional<String> managedOrganisation) {

    public static Viewer of(Caller caller) {
        return new Viewer(caller.subject(), caller.has(Roles.ADMIN),
                caller.has(Roles.ORG_MANAGER) ? caller.organisationId() : Optional.empty());
    }
}
