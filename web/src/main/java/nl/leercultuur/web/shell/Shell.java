package nl.leercultuur.web.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.leercultuur.web.api.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * What every page's frame needs: the language (Dutch unless the visitor chose English), who is signed in and in
 * which roles, and the current path for the language switch and the navigation. Templates reach it as
 * {@code inject:shell}; resources pass their pages through {@link #page(TemplateInstance)}.
 */
@RequestScoped
@Named("shell")
public class Shell {

    public static final String LANGUAGE_COOKIE = "lang";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecurityIdentity identity;
    private final RoutingContext request;
    private final Caller caller;
    private JsonNode claims;

    Shell(SecurityIdentity identity, RoutingContext request, Caller caller) {
        this.identity = identity;
        this.request = request;
        this.caller = caller;
    }

    public TemplateInstance page(TemplateInstance t) {
        return t.setLocale(locale());
    }

    /** A page with its status (a refused form is 422, a missing thing 404), rendered in the visitor's language. */
    public jakarta.ws.rs.core.Response respond(int status, TemplateInstance t) {
        return jakarta.ws.rs.core.Response.status(status).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE)
                .entity(page(t).render()).build();
    }

    public String lang() {
        String q = request.request().getParam("lang");
        if ("en".equals(q) || "nl".equals(q)) {
            return q;
        }
        Cookie c = request.request().getCookie(LANGUAGE_COOKIE);
        return c != null && "en".equals(c.getValue()) ? "en" : "nl";
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public String otherLang() {
        return english() ? "nl" : "en";
    }

    /** Shown in its own language, so a visitor who does not read the current one finds it. */
    public String otherLanguageName() {
        return english() ? "Nederlands" : "English";
    }

    public String switchLanguageUrl() {
        String uri = request.request().uri();
        return "/taal/" + otherLang() + "?terug=" + URLEncoder.encode(uri == null ? "/" : uri, StandardCharsets.UTF_8);
    }

    public String path() {
        String p = request.normalizedPath();
        return p == null ? "/" : p;
    }

    /** The first path segment, for marking the current item in the navigation. */
    public String section() {
        String[] parts = path().split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        if (!signedIn()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String n = jwt.getClaim("name");
            if (n == null || n.isBlank()) {
                n = jwt.getClaim("preferred_username");
            }
            if (n != null && !n.isBlank()) {
                return n;
            }
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return signedIn() && identity.hasRole(role);
    }

    public boolean admin() {
        return hasRole("admin");
    }

    public boolean orgManager() {
        return hasRole("org-manager") || admin();
    }

    public boolean curator() {
        return hasRole("curator") || admin();
    }

    public boolean facilitator() {
        return hasRole("facilitator") || admin();
    }

    public boolean participant() {
        return hasRole("participant");
    }

    /** The organisation of an org-manager (the access token's org_id claim), or empty. */
    public String organisationId() {
        JsonNode c = accessClaims();
        return c == null ? "" : c.path("org_id").asText("");
    }

    /** The user's id (the token subject) as the API knows it. */
    public String subject() {
        JsonNode c = accessClaims();
        return c == null ? "" : c.path("sub").asText("");
    }

    private JsonNode accessClaims() {
        if (claims == null) {
            claims = caller.accessToken().map(Shell::payload).orElse(null);
        }
        return claims;
    }

    /** The claims of a token the OIDC layer already verified (signature, issuer, expiry): only read here. */
    private static JsonNode payload(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return null;
        }
    }
}
