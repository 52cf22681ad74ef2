package nl.leercultuur.web.shell;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * The page for any refusal of the API that a page does not answer itself, for every page (a mapper declared in a
 * resource class would apply to that class only): 401 signs in again, 403 "no access", 404/410 "not found", 429 and
 * 503 "try again" with Retry-After, anything else a page with the request id.
 */
public class RefusalPages {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class);

    private final Shell shell;
    private final nl.leercultuur.web.api.Caller caller;

    RefusalPages(Shell shell, nl.leercultuur.web.api.Caller caller) {
        this.shell = shell;
        this.caller = caller;
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
                reference = caller.requestId().isEmpty() ? null : caller.requestId();
                if (status >= 500) {
                    LOG.warnf("the API answered %d %s on %s: %s", status, p.type(), shell.path(), p.detail());
                    status = 502;
                }
            }
        }
        Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(shell.page(ShellPages.Templates.error(title, text, reference)).render());
        p.retryAfterSeconds().ifPresent(s -> r.header("Retry-After", s));
        return r.build();
    }
}
