package nl.leercultuur.network.networks;

import java.util.UUID;

/**
 * Whether someone takes part in a network: one of the facts {@link NetworkAccess} decides on. The participants
 * feature answers it (participants build on networks, so networks ask through this interface).
 */
public interface Participation {

    boolean participates(UUID networkId, String subject);
}
