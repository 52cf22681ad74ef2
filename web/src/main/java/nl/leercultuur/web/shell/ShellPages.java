package nl.leercultuur.web.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** The start page, sign-in, the language switch, and the page for any refusal a page does not answer itself. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ShellPages {

    private static final Logger LOG = Logger.getLogger(ShellPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance error(String title, String text, String reference);
    }

    private final Shell shell;
    ShellPages(Shell shell) {
        this.shell = shell;
    }

    @GET
    public TemplateInstance home() {
        return shell.page(Templates.home());
    }

    /** Needs a signed-in user (see the permissions): the OIDC layer sends visitors to Keycloak first. */
    @GET
    @Path("aanmelden")
    public Response signIn(@QueryParam("terug") String back) {
        return Response.seeOther(URI.create(local(back))).build();
    }

    @GET
    @Path("taal/{lang}")
    public Response language(@PathParam("lang") String lang, @QueryParam("terug") String back) {
        String l = "en".equals(lang) ? "en" : "nl";
        NewCookie cookie = new NewCookie.Builder(Shell.LANGUAGE_COOKIE).value(l).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(local(back))).cookie(cookie).build();
    }

    /** Only paths on this site: an open redirect would let a link to us send people anywhere. */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        return back;
    }

    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        ApiProblem p = e.problem();
        AppMessages m = io.quarkus.qute.i18n.MessageBundles.get(AppMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(shell.lang()));
        int status = p.status();
        String title, text, reference = null;
        switch (status) {
            case 401 -> {
                // the session's token no longer works: sign in again and come back here
                return Response.seeOther(URI.create("/aanmelden?terug=" + java.net.URLEncoder.encode(shell.path(),
                        java.nio.charset.StandardCharsets.UTF_8))).build();
            }
            case 403 -> { title = m.error_403_title(); text = m.error_403_text(); }
            case 404, 410 -> { title = m.error_404_title(); text = m.error_404_text(); status = 404; }
            case 429 -> { title = m.error_429_title(); text = m.error_429_text(p.retryAfterSeconds().orElse(60L)); }
            case 0, 502, 503, 504 -> { title = m.error_503_title(); text = m.error_503_text(); status = 503; }
            default -> {
                title = m.error_title();
                text = p.detail().isBlank() ? m.error_text() : p.detail();
                if (status >= 500) {
                    LOG.warnf("the API answered %d %s on %s: %s", status, p.type(), shell.path(), p.detail());
                    status = 502;
                }
            }
        }
        Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(shell.page(Templates.error(title, text, reference)).render());
        p.retryAfterSeconds().ifPresent(s -> r.header("Retry-After", s));
        return r.build();
    }
}
