package nl.leercultuur.gateway.edge;

import io.vertx.core.http.HttpMethod;

import java.util.List;

/**
 * Who may call the API without a token: reading the published catalogue, the instruments' metadata and the public
 * event feeds, and answering with a code. Everything else under {@code /api} needs a valid token; the services then
 * check roles and organisations themselves.
 * <p>
 * The gateway decides this itself, in {@link EdgePolicies}, on the same normalised path Quarkus' path policies would
 * match, instead of through {@code quarkus.http.auth.permission.*}: with no path policy configured Quarkus' authoriser
 * steps aside at once, where evaluating one cost every request a Mutiny pipeline with context propagation (issue 19,
 * about 6 % of the gateway's CPU for an anonymous request, async-profiler).
 */
final class ApiAccess {

    /** Readable by anyone (GET, HEAD, OPTIONS): each path itself and everything below it. */
    private static final List<String> PUBLIC_READ = List.of("/api/v1/catalog", "/api/v1/surveys/instruments",
            "/api/v1/surveys/events", "/api/v1/networks/events");
    /** Answering with a code (or an open link): the code is the respondent's credential, any method. */
    private static final String RESPOND = "/api/v1/surveys/respond";

    private ApiAccess() {
    }

    /** Whether {@code method} on {@code path} (normalised: no dot segments) may be called without a token. */
    static boolean anonymousAllowed(HttpMethod method, String path) {
        if (path == null) {
            return false;
        }
        if (under(path, RESPOND)) {
            return true;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
            return false;
        }
        for (String prefix : PUBLIC_READ) {
            if (under(path, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code prefix} itself or a path below it; {@code /api/v1/catalogue} is not below {@code /api/v1/catalog}. */
    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
