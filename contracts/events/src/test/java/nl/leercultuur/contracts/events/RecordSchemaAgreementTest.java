package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Each event's record and its JSON Schema say the same thing: a complete example built from the record (every
 * component filled, guided by the schema's formats and bounds) validates against the schema, the same example with
 * only the required fields does too, and at every level the schema's properties are exactly the record's components.
 * A field renamed or added on one side only fails here, in the build, not in production.
 */
class RecordSchemaAgreementTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TestFactory
    Stream<DynamicTest> everyEventTypeAgreesWithItsSchema() {
        return EventTypes.ALL.stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.type() + ": a complete example validates", () -> {
                    JsonNode schema = schemaNode(c.type());
                    Object example = example(c.data(), schema, true);
                    assertEquals(Set.of(), violations(c.type(), JSON.valueToTree(example)), JSON.writeValueAsString(example));
                }),
                DynamicTest.dynamicTest(c.type() + ": the example with only what is required validates", () -> {
                    JsonNode schema = schemaNode(c.type());
                    Object example = example(c.data(), schema, false);
                    assertEquals(Set.of(), violations(c.type(), JSON.valueToTree(example)), JSON.writeValueAsString(example));
                }),
                DynamicTest.dynamicTest(c.type() + ": schema properties are the record's components", () -> {
                    List<String> differences = new ArrayList<>();
                    compare(c.data(), schemaNode(c.type()), c.data().getSimpleName(), differences);
                    assertEquals(List.of(), differences);
                }),
                DynamicTest.dynamicTest(c.type() + ": the type name is the schema's", () ->
                        assertEquals("https://leercultuur.nl/events/" + c.type() + ".schema.json", schemaNode(c.type()).path("$id").asText()))));
    }

    static JsonNode schemaNode(String type) throws Exception {
        try (InputStream in = RecordSchemaAgreementTest.class.getClassLoader().getResourceAsStream("events/" + type + ".schema.json")) {
            assertNotNull(in, "no schema for " + type);
            return JSON.readTree(in);
        }
    }

    static Set<String> violations(String type, JsonNode data) throws Exception {
        try (InputStream in = RecordSchemaAgreementTest.class.getClassLoader().getResourceAsStream("events/" + type + ".schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            Set<String> out = new TreeSet<>();
            for (ValidationMessage m : schema.validate(data)) {
                out.add(m.getMessage());
            }
            return out;
        }
    }

    /** The record's components against the schema's properties, recursively through nested records and lists. */
    static void compare(Class<?> record, JsonNode schema, String path, List<String> differences) {
        Set<String> components = new TreeSet<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            components.add(rc.getName());
        }
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        if (!components.equals(properties)) {
            Set<String> onlyRecord = new TreeSet<>(components);
            onlyRecord.removeAll(properties);
            Set<String> onlySchema = new TreeSet<>(properties);
            onlySchema.removeAll(components);
            differences.add(path + ": only in the record " + onlyRecord + ", only in the schema " + onlySchema);
        }
        for (Iterator<String> it = schema.path("required").elements().hasNext() ? iterate(schema.path("required")) : List.<String>of().iterator(); it.hasNext(); ) {
            String required = it.next();
            if (!components.contains(required)) {
                differences.add(path + ": the schema requires " + required + ", which the record lacks");
            }
        }
        for (RecordComponent rc : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(rc.getName());
            Class<?> nested = nestedRecord(rc.getGenericType());
            if (nested != null && !property.isMissingNode()) {
                JsonNode nestedSchema = property.has("items") ? property.get("items") : property;
                compare(nested, nestedSchema, path + "." + rc.getName(), differences);
            }
        }
    }

    static Iterator<String> iterate(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out.iterator();
    }

    /** The record a component holds, directly or as a list's element. */
    static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
            return e;
        }
        return null;
    }

    /** An instance of the record: every component filled ({@code complete}) or only those the schema requires. */
    static Object example(Class<?> record, JsonNode schema, boolean complete) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] args = new Object[components.length];
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // a conditional schema (if/then/else) whose condition the example leaves unmet requires the else's fields too
        schema.path("else").path("required").forEach(r -> required.add(r.asText()));
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            JsonNode property = schema.path("properties").path(rc.getName());
            boolean fill = complete || required.contains(rc.getName()) || rc.getType().isPrimitive();
            args[i] = fill ? value(rc.getGenericType(), property, complete) : null;
        }
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types).newInstance(args);
    }

    static Object value(Type type, JsonNode property, boolean complete) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            return example(raw, property, complete);
        }
        if (raw == String.class) {
            return switch (property.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> "2027-03-15T17:00:00Z";
                default -> "voorbeeld";
            };
        }
        if (raw == int.class || raw == Integer.class) {
            return Math.max(3, property.path("minimum").asInt(3));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("0.5");
        }
        if (raw == java.time.LocalDate.class) {
            return java.time.LocalDate.parse("2027-03-20");
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2027-03-15T17:00:00Z");
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(value(element, property.path("items"), complete));
        }
        if (raw == Map.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("7", element == Object.class ? "waarde" : value(element, property.path("additionalProperties"), complete));
            return m;
        }
        throw new IllegalArgumentException("no example for " + type + ": add it here when a record uses a new type");
    }
}
