package nl.leercultuur.platform.observability;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traces are exported only when an endpoint is named, by environment or system property. */
class TracingSwitchTest {

    static TracingSwitch with(Map<String, String> env, Map<String, String> sys) {
        return new TracingSwitch(env::get, sys::get);
    }

    @Test
    void withoutAnEndpointTheSdkIsOff() {
        TracingSwitch s = with(Map.of(), Map.of());
        assertEquals("true", s.getValue("quarkus.otel.sdk.disabled"));
        assertFalse(s.exporting());
        assertNull(s.getValue("quarkus.otel.exporter.otlp.endpoint"), "Quarkus' own default stays");
        assertTrue(with(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " "), Map.of()).getValue("quarkus.otel.sdk.disabled").equals("true"),
                "an empty variable names no endpoint");
    }

    @Test
    void theStandardVariableTurnsItOnAndIsTheEndpoint() {
        TracingSwitch s = with(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"), Map.of());
        assertTrue(s.exporting());
        assertEquals("false", s.getValue("quarkus.otel.sdk.disabled"));
        assertEquals("http://collector:4318", s.getValue("quarkus.otel.exporter.otlp.endpoint"));
        assertEquals("http/protobuf", s.getValue("quarkus.otel.exporter.otlp.protocol"));
    }

    @Test
    void quarkusOwnEndpointSettingTurnsItOnAndIsLeftToQuarkus() {
        TracingSwitch bySystemProperty = with(Map.of(), Map.of("quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:4317"));
        assertTrue(bySystemProperty.exporting());
        assertNull(bySystemProperty.getValue("quarkus.otel.exporter.otlp.endpoint"));
        assertTrue(with(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://c:4317"), Map.of()).exporting());
    }

    @Test
    void isADefaultThatAnExplicitSettingOverrides() {
        int ordinal = with(Map.of(), Map.of()).getOrdinal();
        assertTrue(ordinal > 100 && ordinal < 250, "platform defaults 100 < " + ordinal + " < application.properties 250");
    }
}
