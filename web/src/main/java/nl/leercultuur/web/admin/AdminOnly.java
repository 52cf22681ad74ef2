package nl.leercultuur.web.admin;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.web.api.ApiProblem;
import nl.leercultuur.web.api.ApiRefusal;
import nl.leercultuur.web.shell.Shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every administrator's page shares: only admins in, the texts in the page's language, a page as a response. */
final class AdminOnly {

    private AdminOnly() {
    }

    /**
     * Anyone signed in without the admin role is refused before any API call, with the same 403 the API would give:
     * the "Geen toegang" page, not a half-built page of API refusals.
     */
    static void require(Shell shell) {
        if (!shell.admin()) {
            throw new ApiRefusal(new ApiProblem(403, "forbidden", "Forbidden", "administrators only", Map.of(), Optional.empty()));
        }
    }

    static AdminMessages msg(Shell shell) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(shell.lang()));
    }


    static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> m = new HashMap<>();
        form.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                m.put(k, v.get(0));
            }
        });
        return m;
    }
}
