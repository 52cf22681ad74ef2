package nl.leercultuur.survey.scan;

import java.util.UUID;

/**
 * How many codes of a scan are out (issued or used, not revoked), for the scan's view. Declared here and answered by
 * the invitation package, which owns the codes and builds on scan: scan never imports invitation.
 */
public interface IssuedInvitations {

    int of(UUID scanId);
}
