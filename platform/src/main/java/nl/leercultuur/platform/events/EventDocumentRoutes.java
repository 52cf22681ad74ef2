package nl.leercultuur.platform.events;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the event contracts (the AsyncAPI document and the JSON Schemas of event data) from this module's
 * classpath under {@code leercultuur.events.docs-path}, so producers and consumers read one published copy
 * and a CloudEvent's {@code dataschema} resolves.
 */
@ApplicationScoped
public class EventDocumentRoutes {

    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(yaml|json)");

    private final Optional<String> docsPath;

    EventDocumentRoutes(@ConfigProperty(name = "leercultuur.events.docs-path") Optional<String> docsPath) {
        this.docsPath = docsPath;
    }

    void register(@Observes Router router) {
        docsPath.ifPresent(path -> router.get(path + "/:file").handler(ctx -> {
            String file = ctx.pathParam("file");
            byte[] body = FILE.matcher(file).matches() ? read("events/" + file) : null;
            if (body == null) {
                ctx.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no event document "
                                + file.replaceAll("[^a-zA-Z0-9.-]", "") + "\"}");
                return;
            }
            ctx.response().putHeader("Content-Type", file.endsWith(".yaml") ? "application/yaml" : "application/schema+json")
                    .putHeader("Cache-Control", "max-age=300").end(io.vertx.core.buffer.Buffer.buffer(body));
        }));
    }

    private static byte[] read(String resource) {
        try (InputStream in = EventDocumentRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
