package nl.leercultuur.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.shell.Shell;
import nl.leercultuur.web.shell.ShellPages;
import nl.leercultuur.web.api.ApiRefusal;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The administrator's start: what can be managed here (organisations, instruments). Admins only. */
@Path("/beheer")
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview();
    }

    private final Shell shell;
    private final ShellPages refusals;

    AdminPages(Shell shell, ShellPages refusals) {
        this.refusals = refusals;
        this.shell = shell;
    }

    @GET
    public TemplateInstance overview() {
        AdminOnly.require(shell);
        return shell.page(Templates.overview());
    }

    /**
     * Refusals no page of this class answers itself (403, 404, 429, the API away) get the site's own refusal pages:
     * ShellPages' mapper, which as a resource class's mapper applies to ShellPages only.
     */
    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        return refusals.refused(e);
    }
}
