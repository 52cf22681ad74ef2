package nl.leercultuur.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.shell.Shell;
import nl.leercultuur.web.api.ApiRefusal;

/** The administrator's start: what can be managed here (organisations, instruments). Admins only. */
@Path("/beheer")
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview();
    }

    private final Shell shell;

    AdminPages(Shell shell) {
        this.shell = shell;
    }

    @GET
    public TemplateInstance overview() {
        AdminOnly.require(shell);
        return shell.page(Templates.overview());
    }
}
