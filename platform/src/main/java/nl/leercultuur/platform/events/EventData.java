package nl.leercultuur.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reading the JSON data of an event for an EventHandler: every missing or wrong field becomes a
 * {@link MalformedEventException} naming it, so the consumer dead-letters the event with that reason.
 */
public final class EventData {

    private EventData() {
    }

    public static JsonNode parse(ObjectMapper json, CloudEvent event) {
        try {
            return json.readTree(event.data());
        } catch (Exception e) {
            throw new MalformedEventException("data of event " + event.id() + " is not JSON");
        }
    }

    /** The value at a JSON pointer such as {@code /instrument/key}; missing or null is malformed. */
    public static JsonNode require(JsonNode d, String pointer) {
        JsonNode v = d.at(pointer);
        if (v.isMissingNode() || v.isNull()) {
            throw new MalformedEventException("field " + pointer.substring(1).replace('/', '.') + " is missing");
        }
        return v;
    }

    public static String text(JsonNode d, String field) {
        String v = optionalText(d, field);
        if (v == null) {
            throw new MalformedEventException("field " + field + " is missing");
        }
        return v;
    }

    public static String optionalText(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static int integer(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new MalformedEventException("field " + field + " is missing or not a whole number");
        }
        return v.asInt();
    }

    /** An optional number: null when absent, malformed when present but not a number. */
    public static BigDecimal decimal(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new MalformedEventException("field " + field + " must be a number");
        }
        return v.decimalValue();
    }

    public static UUID uuid(JsonNode d, String field) {
        try {
            return UUID.fromString(text(d, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("field " + field + " is not a UUID");
        }
    }

    public static OffsetDateTime time(JsonNode d, String field) {
        try {
            return OffsetDateTime.parse(text(d, field));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("field " + field + " is not an RFC 3339 time");
        }
    }
}
