package nl.leercultuur.platform.observability;

import io.quarkus.runtime.annotations.StaticInitSafe;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Traces are exported only where a collector is named. This configuration source turns the OpenTelemetry SDK off
 * unless an OTLP endpoint is given by environment or system property: the standard {@code OTEL_EXPORTER_OTLP_ENDPOINT} (with
 * {@code OTEL_EXPORTER_OTLP_PROTOCOL}, {@code grpc} or {@code http/protobuf}), or Quarkus' own
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} / {@code -Dquarkus.otel.exporter.otlp.endpoint}. Without one the SDK is
 * disabled: no spans, nothing sent, no connection attempts to a collector that is not there. It only supplies a
 * default (ordinal 150: above platform's shared defaults, 100, below a service's application.properties, 250, the
 * environment, 300, and system properties, 400), so an explicit {@code quarkus.otel.sdk.disabled} anywhere still wins.
 */
@StaticInitSafe
public class TracingSwitch implements ConfigSource {

    static final String DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String PROTOCOL = "quarkus.otel.exporter.otlp.protocol";

    private final Map<String, String> values;

    public TracingSwitch() {
        this(System::getenv, System::getProperty);
    }

    TracingSwitch(UnaryOperator<String> env, UnaryOperator<String> sys) {
        values = valuesFor(env, sys);
    }

    static Map<String, String> valuesFor(UnaryOperator<String> env, UnaryOperator<String> sys) {
        Map<String, String> v = new HashMap<>();
        String standard = given(env.apply("OTEL_EXPORTER_OTLP_ENDPOINT"), sys.apply("otel.exporter.otlp.endpoint"));
        String quarkus = given(env.apply("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"), sys.apply(ENDPOINT),
                env.apply("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"), sys.apply("quarkus.otel.exporter.otlp.traces.endpoint"));
        if (standard != null) {
            v.put(ENDPOINT, standard);
            String protocol = given(env.apply("OTEL_EXPORTER_OTLP_PROTOCOL"), sys.apply("otel.exporter.otlp.protocol"));
            if (protocol != null) {
                v.put(PROTOCOL, protocol);
            }
        }
        v.put(DISABLED, String.valueOf(standard == null && quarkus == null));
        return Map.copyOf(v);
    }

    private static String given(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.trim();
            }
        }
        return null;
    }

    /** Whether traces are exported by this configuration. */
    public boolean exporting() {
        return "false".equals(values.get(DISABLED));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "leercultuur tracing switch (OTLP endpoint given or not)";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
