package nl.leercultuur.platform.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import nl.leercultuur.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditional requests where optimistic locking exists: an answer carrying an entry with a {@code version} gets it
 * as a strong {@code ETag} ({@code "7"}), and an update may send {@code If-Match} with it beside the version in the
 * body; a stale one is refused with 412 before anything is written ({@link #requireMatch}). {@link #document} says
 * the same in the OpenAPI document.
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

    /**
     * Declares the {@code ETag} header on every success answer (but a DELETE's) whose JSON body is a schema with an
     * int64 {@code version}: the answers {@link #tag} gives one (run by platform's ContractFilter; the 412 of an
     * operation that takes {@code If-Match} is written by ProblemContract).
     */
    public static void document(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null || api.getComponents() == null
                || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (method == PathItem.HttpMethod.DELETE || op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!status.startsWith("2") || response.getContent() == null || response.getContent().getMediaTypes() == null) {
                    return;
                }
                MediaType json = response.getContent().getMediaTypes().get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
                Schema body = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                Schema version = body == null || body.getProperties() == null ? null : body.getProperties().get("version");
                if (version != null && version.getType() != null && version.getType().contains(Schema.SchemaType.INTEGER)
                        && "int64".equals(version.getFormat())) {
                    response.addHeader(HttpHeaders.ETAG, OASFactory.createHeader()
                            .description("The entry's version as a strong entity tag; send it as If-Match with an update")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("\"3\""))));
                }
            });
        }));
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
