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

import java.net.URI;

/** The start page, sign-in and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ShellPages {

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
}
