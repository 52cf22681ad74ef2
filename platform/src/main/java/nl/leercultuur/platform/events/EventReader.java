package nl.leercultuur.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads an event's data into its payload record, after checking it against the JSON Schema of its type
 * ({@code events/<type>.schema.json} on the classpath, from the event-contracts module). Data that is not JSON, does
 * not match the schema or does not fit the record is a {@link MalformedEventException} naming what is wrong, so the
 * consumer dead-letters it.
 */
public final class EventReader {

    private final ObjectMapper json;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(CloudEvent event, Class<T> type) {
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (IOException e) {
            throw new MalformedEventException("data of event " + event.id() + " is not JSON");
        }
        if (data == null || data.isMissingNode()) {
            throw new MalformedEventException("event " + event.id() + " has no data");
        }
        Set<ValidationMessage> violations = schemaOf(event.type()).validate(data);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("data does not match the schema of " + event.type() + ": "
                    + violations.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return json.treeToValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedEventException("data of event " + event.id() + " does not fit " + type.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }

    /** The schema of an event type; a type without one on the classpath cannot be consumed (fails at start). */
    public JsonSchema schemaOf(String type) {
        return schemas.computeIfAbsent(type, t -> {
            String resource = "events/" + EventTopics.schemaFileOf(t);
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : EventReader.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no JSON Schema for event type " + t + " on the classpath (" + resource + ")");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
