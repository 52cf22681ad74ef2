package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alerts and the dashboard use the meters the services export (the names agreed with the metrics work), every
 * alert is explained in deploy/README.md, and the OTLP endpoint and JSON logs follow the values.
 */
class MonitoringTest {

    /** The meters on /q/metrics the rules and the dashboard may use. */
    static final Set<String> METERS = Set.of(
            "leercultuur_outbox_oldest_unsent_seconds",   // platform outbox: age of the oldest unsent event
            "leercultuur_events_dead_lettered_total",     // platform inbox: events sent to <topic>.dlq
            "kafka_consumer_fetch_manager_records_lag_max", // Kafka client metrics through Micrometer
            "http_server_requests_seconds_count",         // Quarkus HTTP server (Micrometer)
            "http_server_requests_seconds_sum",
            "leercultuur_gateway_circuit_state",          // gateway breaker per backend, 1 = open
            "leercultuur_ratelimit_store_fallback_total", // platform ratelimit: decisions made locally, the shared store away
            "up");                                        // Prometheus' own

    static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "rate", "increase", "by",
            "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "label_values",
            "histogram_quantile", "irate", "delta", "abs", "clamp_min", "offset");

    static Set<String> metricsIn(String expr) {
        Set<String> out = new TreeSet<>();
        String noLabels = expr.replaceAll("\\{[^}]*}", "{}").replaceAll("\\[[^]]*]", "").replaceAll("\"[^\"]*\"", "");
        Matcher m = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b").matcher(noLabels);
        while (m.find()) {
            String w = m.group(1);
            if (!PROMQL_WORDS.contains(w) && !w.matches("namespace|job|instance|pod|endpoint|status|backend|topic|client_id|e|\\d.*")) {
                out.add(w);
            }
        }
        return out;
    }

    static Map<String, JsonNode> alerts() {
        Map<String, JsonNode> out = new TreeMap<>();
        JsonNode rule = RenderedChart.of("prod").kind("PrometheusRule").findFirst().orElseThrow();
        rule.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> out.put(r.path("alert").asText(), r)));
        return out;
    }

    @Test
    void theAlertsTheIssueAsksFor() {
        Map<String, JsonNode> alerts = alerts();
        assertEquals(Set.of("LeercultuurOutboxBacklog", "LeercultuurDeadLettersGrowing", "LeercultuurConsumerLag",
                "LeercultuurHttp5xx", "LeercultuurCircuitOpen", "LeercultuurServiceDown", "LeercultuurRateLimitsNotShared"), alerts.keySet());
        assertTrue(alerts.get("LeercultuurOutboxBacklog").path("expr").asText().contains("leercultuur_outbox_oldest_unsent_seconds"));
        assertTrue(alerts.get("LeercultuurOutboxBacklog").path("expr").asText().endsWith("> 60"), "older than one minute");
        assertTrue(alerts.get("LeercultuurDeadLettersGrowing").path("expr").asText().contains("increase(leercultuur_events_dead_lettered_total"));
        assertTrue(alerts.get("LeercultuurConsumerLag").path("expr").asText().contains("kafka_consumer_fetch_manager_records_lag_max"));
        assertTrue(alerts.get("LeercultuurHttp5xx").path("expr").asText().contains("status=~\"5..\""));
        assertTrue(alerts.get("LeercultuurCircuitOpen").path("expr").asText().contains("leercultuur_gateway_circuit_state"));
        assertTrue(alerts.get("LeercultuurCircuitOpen").path("expr").asText().endsWith("== 1"));
        assertTrue(alerts.get("LeercultuurRateLimitsNotShared").path("expr").asText().contains("increase(leercultuur_ratelimit_store_fallback_total"));
    }

    @Test
    void rulesUseOnlyExportedMetersOfThisNamespaceAndAreExplained() {
        String readme = RenderedChart.read(RenderedChart.repoRoot().resolve("deploy/README.md"));
        List<String> problems = new ArrayList<>();
        alerts().forEach((name, r) -> {
            String expr = r.path("expr").asText();
            Set<String> unknown = new TreeSet<>(metricsIn(expr));
            unknown.removeAll(METERS);
            if (!unknown.isEmpty()) {
                problems.add(name + " uses " + unknown);
            }
            if (!expr.contains("namespace=\"" + RenderedChart.NAMESPACE + "\"")) {
                problems.add(name + " is not limited to the release's namespace");
            }
            if (r.path("labels").path("severity").asText().isEmpty() || r.path("annotations").path("summary").asText().isEmpty()) {
                problems.add(name + " has no severity or summary");
            }
            if (!readme.contains("`" + name + "`")) {
                problems.add(name + " is not explained in deploy/README.md");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theDashboardIsJsonForGrafanasSidecarAndUsesExportedMeters() throws Exception {
        JsonNode cm = RenderedChart.of("prod").one("ConfigMap", "leercultuur-dashboard");
        assertEquals("1", cm.path("metadata").path("labels").path("grafana_dashboard").asText());
        JsonNode dashboard = RenderedChart.JSON.readTree(cm.path("data").path("leercultuur.json").asText());
        assertEquals("leercultuur-platform", dashboard.path("uid").asText());
        Set<String> used = new TreeSet<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> used.addAll(metricsIn(t.path("expr").asText()))));
        assertTrue(METERS.containsAll(used), () -> "unknown meters " + used);
        for (String meter : List.of("leercultuur_outbox_oldest_unsent_seconds", "leercultuur_events_dead_lettered_total",
                "kafka_consumer_fetch_manager_records_lag_max", "leercultuur_gateway_circuit_state", "http_server_requests_seconds_count")) {
            assertTrue(used.contains(meter), "dashboard shows " + meter);
        }
    }

    @Test
    void tracesOnlyWhereAnEndpointIsSetAndJsonLogsByValue() {
        for (String s : Code.SERVICES) {
            JsonNode dev = RenderedChart.of("dev").one("ConfigMap", "leercultuur-" + s).path("data");
            JsonNode prod = RenderedChart.of("prod").one("ConfigMap", "leercultuur-" + s).path("data");
            assertFalse(dev.has("OTEL_EXPORTER_OTLP_ENDPOINT"), s + ": dev sends no traces (no endpoint)");
            assertEquals("http://opentelemetry-collector.monitoring:4317", prod.path("OTEL_EXPORTER_OTLP_ENDPOINT").asText(), s);
            assertEquals("true", dev.path("QUARKUS_LOG_CONSOLE_JSON").asText(), s);
            assertEquals("true", prod.path("QUARKUS_LOG_CONSOLE_JSON").asText(), s);
        }
        RenderedChart plainLogs = RenderedChart.render("dev", Map.of("observability.jsonLogs", "false"));
        assertEquals("false", plainLogs.one("ConfigMap", "leercultuur-gateway").path("data").path("QUARKUS_LOG_CONSOLE_JSON").asText());
    }
}
