package nl.leercultuur.platform.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import nl.leercultuur.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditional requests where optimistic locking exists: an answer carrying an entry with a {@code version} gets it
 * as a strong {@code ETag} ({@code "7"}), and an update may send {@code If-Match} with it beside the version in the
 * body; a stale one is refused with 412 before anything is written ({@link #requireMatch}).
 */
public class EntityTags {

    private static final Map<Class<?>, Optional<Method>> VERSION = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || response.getStatus() / 100 != 2 || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || HttpMethod.DELETE.equals(request.getMethod())) {
            return;
        }
        versionOf(entity).ifPresent(v -> response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + v + "\""));
    }

    /** Refuses (412) an update whose {@code If-Match} names none of the entry's current version; no header, no check. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                continue; // a weak tag never matches for an update (RFC 9110 §13.1.1)
            }
            if (t.equals("\"" + current + "\"")) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition Failed", "If-Match " + ifMatch
                + " does not name the entry's current version \"" + current + "\"; read it again and redo your change");
    }

    private static Optional<Object> versionOf(Object entity) {
        Optional<Method> m = VERSION.computeIfAbsent(entity.getClass(), c -> {
            if (!c.isRecord()) {
                return Optional.empty();
            }
            try {
                Method v = c.getMethod("version");
                Class<?> t = v.getReturnType();
                // lock versions are longs; an int "version" is a numbering (an instrument's), not a state
                return t == long.class || t == Long.class ? Optional.of(v) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        if (m.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(m.get().invoke(entity));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
