package nl.leercultuur.platform.security;

/**
 * Whether an organisation granted a partner access to its own results. A service that serves results to partners
 * provides one bean of this; where none exists, partners read no organisation's results (only region and sector
 * aggregates, which are not tied to one organisation).
 */
public interface PartnerAccess {

    /** True while a grant by this organisation to this partner (token subject) is neither revoked nor expired. */
    boolean granted(String organisationId, String partnerSubject);
}
