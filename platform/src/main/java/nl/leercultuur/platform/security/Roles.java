package nl.leercultuur.platform.security;

/** The realm roles of the platform, as they appear in the token's {@code realm_access.roles}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String CURATOR = "curator";
    public static final String FACILITATOR = "facilitator";
    public static final String ORG_MANAGER = "org-manager";
    public static final String PARTICIPANT = "participant";
    public static final String PARTNER = "partner";
    /** The token claim that binds an org-manager to one organisation. */
    public static final String ORG_CLAIM = "org_id";

    private Roles() {
    }
}
