package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Deployments against the services' code: the port each listens on, its health endpoints, the environment it
 * reads (nothing set that no service reads, nothing it needs left unset), the addresses of the services it calls,
 * secrets only by reference, and the pod hardening.
 */
class DeploymentsMatchCodeTest {

    /**
     * Variables the chart sets that the code does not read yet, each waiting for work under way elsewhere. A variable
     * that is neither read by the service nor listed here fails; once the code reads one, it simply passes.
     */
    static final Map<String, String> AWAITED = Map.of(
            "QUARKUS_LOG_CONSOLE_JSON", "JSON console logs: quarkus-logging-json (observability work); Quarkus reads QUARKUS_* as quarkus.* itself",
            "OTEL_EXPORTER_OTLP_ENDPOINT", "traces: quarkus-opentelemetry with quarkus.otel.exporter.otlp.endpoint=${OTEL_EXPORTER_OTLP_ENDPOINT...} (observability work)");

    /** Settings whose empty default means "off", not "must be set": Kafka sign-in (empty: a plain listener, dev). */
    static final Set<String> EMPTY_MEANS_OFF = Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");

    /**
     * Variables read by the container's runtime, not by a configuration key: the image's entrypoint adds
     * JAVA_OPTS_APPEND to the java command line, glibc reads MALLOC_ARENA_MAX (both from jvm.conf).
     */
    static final Set<String> READ_BY_RUNTIME = Set.of("JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX");

    /** QUARKUS_* variables count as read when the extension that owns the key is there. */
    static final Map<String, String> QUARKUS_VAR_EXTENSION = Map.of("QUARKUS_LOG_CONSOLE_JSON", "quarkus-logging-json");

    static ObjectNode deployment(RenderedChart c, String service) {
        return c.one("Deployment", "leercultuur-" + service);
    }

    static JsonNode container(RenderedChart c, String service) {
        JsonNode containers = deployment(c, service).path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), service);
        return containers.get(0);
    }

    /** Everything the Deployment puts into the container's environment: its ConfigMap and its env entries. */
    static Map<String, JsonNode> environment(RenderedChart c, String service) {
        Map<String, JsonNode> env = new TreeMap<>();
        JsonNode container = container(c, service);
        for (JsonNode from : container.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asText();
            c.one("ConfigMap", cm).path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()));
        }
        for (JsonNode e : container.path("env")) {
            assertFalse(env.containsKey(e.path("name").asText()), () -> service + " sets twice " + e.path("name"));
            env.put(e.path("name").asText(), e.path("valueFrom"));
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsObjects(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        Set<String> deployed = new TreeSet<>();
        c.kind("Deployment").forEach(d -> deployed.add(RenderedChart.name(d).substring("leercultuur-".length())));
        assertEquals(new TreeSet<>(Code.SERVICES), deployed);
        for (String s : Code.SERVICES) {
            String name = "leercultuur-" + s;
            c.one("Service", name);
            c.one("ConfigMap", name);
            c.one("PodDisruptionBudget", name);
            c.one("ServiceMonitor", name);
            c.one("NetworkPolicy", name);
            if (profile.equals("prod")) {
                JsonNode hpa = c.one("HorizontalPodAutoscaler", name).path("spec");
                assertEquals(name, hpa.path("scaleTargetRef").path("name").asText());
                assertTrue(hpa.path("minReplicas").asInt() >= 2, name + ": at least two pods in production");
                assertFalse(deployment(c, s).path("spec").has("replicas"), name + ": the HPA owns replicas");
            } else {
                assertEquals(1, deployment(c, s).path("spec").path("replicas").asInt());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsAndProbesAreTheServicesOwn(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        for (String s : Code.SERVICES) {
            int port = Code.httpPort(s);
            JsonNode container = container(c, s);
            assertEquals(1, container.path("ports").size(), s);
            assertEquals(port, container.path("ports").get(0).path("containerPort").asInt(), s + ": quarkus.http.port");
            JsonNode svcPort = c.one("Service", "leercultuur-" + s).path("spec").path("ports").get(0);
            assertEquals(port, svcPort.path("port").asInt(), s);
            assertEquals(container.path("ports").get(0).path("name").asText(), svcPort.path("targetPort").asText(), s);
            Map<String, String> health = Code.healthPaths(s);
            Map<String, String> probes = Map.of("livenessProbe", "live", "readinessProbe", "ready", "startupProbe", "started");
            probes.forEach((probe, kind) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertEquals(health.get(kind), get.path("path").asText(), s + " " + probe);
                assertEquals(port, resolvePort(container, get.path("port")), s + " " + probe);
            });
            JsonNode sm = c.one("ServiceMonitor", "leercultuur-" + s).path("spec").path("endpoints").get(0);
            assertEquals("/q/metrics", sm.path("path").asText(), s);
            assertEquals(svcPort.path("name").asText(), sm.path("port").asText(), s);
        }
    }

    static int resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no port " + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableSetIsReadByItsService(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        List<String> unread = new ArrayList<>();
        Map<String, Set<String>> awaited = new TreeMap<>();
        for (String s : Code.SERVICES) {
            Map<String, Code.VarRef> read = Code.vars(s);
            for (String v : environment(c, s).keySet()) {
                if (read.containsKey(v) || readByQuarkus(s, v) || READ_BY_RUNTIME.contains(v)) {
                    continue;
                }
                if (AWAITED.containsKey(v)) {
                    awaited.computeIfAbsent(v, k -> new TreeSet<>()).add(s);
                } else {
                    unread.add(s + ": " + v);
                }
            }
        }
        assertTrue(unread.isEmpty(), () -> profile + ": set but read by no configuration key of the service:\n  "
                + String.join("\n  ", unread));
        awaited.forEach((v, services) -> System.out.println(profile + ": " + v + " not read yet by " + services
                + " (" + AWAITED.get(v) + ")"));
    }

    /**
     * Each service runs with the JVM options of jvm.conf, the file ./stack and the system tests read too (what is
     * measured is what runs): its line as JAVA_OPTS_APPEND, and every env.* line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void jvmOptionsAreThoseOfJvmConf(String profile) throws java.io.IOException {
        RenderedChart c = RenderedChart.of(profile);
        Map<String, String> options = new TreeMap<>();
        Map<String, String> vars = new TreeMap<>();
        for (String raw : java.nio.file.Files.readAllLines(RenderedChart.repoRoot().resolve("deploy/helm/leercultuur/jvm.conf"))) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            String value = line.substring(line.indexOf('=') + 1).strip();
            if (key.startsWith("env.")) {
                vars.put(key.substring(4), value);
            } else {
                options.put(key, value);
            }
        }
        for (String s : Code.SERVICES) {
            Map<String, JsonNode> env = environment(c, s);
            assertTrue(options.containsKey(s), () -> "jvm.conf has no line for " + s);
            assertEquals(options.get(s), env.get("JAVA_OPTS_APPEND").asText(), s);
            vars.forEach((k, v) -> assertEquals(v, env.get(k).asText(), s + " " + k));
        }
    }

    static boolean readByQuarkus(String service, String variable) {
        String ext = QUARKUS_VAR_EXTENSION.get(variable);
        return ext != null && (Code.hasExtension(service, ext) || (Code.usesPlatform(service) && Code.hasExtension("platform", ext)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceNeedsIsSet(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        List<String> missing = new ArrayList<>();
        for (String s : Code.SERVICES) {
            Map<String, JsonNode> env = environment(c, s);
            boolean database = Code.usesDatabase(s, text(env));
            Code.vars(s).values().stream().filter(Code.VarRef::mustBeSetInCluster)
                    .filter(v -> !(EMPTY_MEANS_OFF.contains(v.name()) && v.defaultValue().isEmpty()))
                    // an optional datasource left unused needs none of its settings
                    .filter(v -> database || !v.property().startsWith("quarkus.datasource.")).forEach(v -> {
                if (!env.containsKey(v.name())) {
                    missing.add(s + ": " + v.name() + " (" + v.property() + ", default '" + v.defaultValue() + "')");
                }
            });
        }
        assertTrue(missing.isEmpty(), () -> profile + ": needed but not set (no default, an empty one, or localhost):\n  "
                + String.join("\n  ", missing));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void addressesPointAtTheServicesTheCodeCalls(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        Map<String, String> stack = Code.stackUrlTargets();
        for (String s : Code.SERVICES) {
            Map<String, JsonNode> env = environment(c, s);
            for (Code.Call call : Code.calls(s)) {
                String callee = Code.serviceOnPort(call.port());
                if (stack.containsKey(call.variable())) {
                    assertEquals(stack.get(call.variable()), callee, "./stack wires " + call.variable() + " elsewhere");
                }
                assertTrue(env.containsKey(call.variable()), s + " calls " + callee + " (" + call.property() + ") but "
                        + call.variable() + " is not set");
                assertEquals("http://leercultuur-" + callee + ":" + Code.httpPort(callee), env.get(call.variable()).asText(),
                        s + ": " + call.property());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void databasesAndKafkaAreTheClustersOfThisRelease(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        for (String s : Code.SERVICES) {
            Map<String, JsonNode> env = environment(c, s);
            boolean database = Code.usesDatabase(s, text(env));
            List<String> dbUrls = env.keySet().stream().filter(k -> k.endsWith("_DB_URL")).toList();
            assertEquals(database ? 1 : 0, dbUrls.size(), s + ": " + dbUrls);
            if (database) {
                String url = env.get(dbUrls.get(0)).asText();
                String cluster = url.replaceFirst("jdbc:postgresql://([^:/]+)-rw:5432/.*", "$1");
                JsonNode spec = c.one("Cluster", cluster).path("spec");
                assertTrue(url.contains("/" + spec.path("bootstrap").path("initdb").path("database").asText() + "?"), url);
                assertEquals(cluster + "-app", env.get("DB_USER").path("secretKeyRef").path("name").asText(), s);
                assertEquals(cluster + "-app", env.get("DB_PASSWORD").path("secretKeyRef").path("name").asText(), s);
            }
            assertEquals(Code.usesKafka(s), env.containsKey("KAFKA_BOOTSTRAP"), s + ": KAFKA_BOOTSTRAP");
            if (env.containsKey("KAFKA_BOOTSTRAP")) {
                String port = c.kind("Kafka").findFirst().orElseThrow().path("spec").path("kafka").path("listeners").get(0)
                        .path("port").asText();
                assertEquals("leercultuur-kafka-kafka-bootstrap:" + port, env.get("KAFKA_BOOTSTRAP").asText(), s);
            }
            if (Code.hasExtension(s, "quarkus-oidc")) {
                String kc = c.kind("Keycloak").findFirst().map(RenderedChart::name).orElseThrow();
                assertEquals("http://" + kc + "-service:8080/realms/leercultuur", env.get("OIDC_URL").asText(), s);
            }
        }
    }

    /** The plain values of an environment (a ConfigMap's); secret references are left out. */
    static Map<String, String> text(Map<String, JsonNode> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((k, v) -> {
            if (v.isValueNode()) {
                out.put(k, v.asText());
            }
        });
        return out;
    }

    /**
     * The gateway's database follows its limits store: with postgres (prod) its own Cluster, address and credentials, so
     * that all gateway pods share their limits; with memory (dev) none of them, not even the Cluster.
     */
    @Test
    void theGatewayHasADatabaseExactlyWhenItsLimitsAreShared() {
        java.util.regex.Matcher stores = java.util.regex.Pattern.compile("enum Store \\{([^}]*)}").matcher(RenderedChart.read(
                Code.module("gateway").resolve("src/main/java/nl/leercultuur/gateway/config/GatewayConfig.java")));
        assertTrue(stores.find(), "GatewayConfig.Limits.Store");
        Set<String> known = new TreeSet<>();
        for (String v : stores.group(1).split(",")) {
            known.add(v.trim().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, RenderedChart> charts = Map.of("postgres", RenderedChart.of("prod"), "memory", RenderedChart.of("dev"),
                "postgres (dev)", RenderedChart.render("dev", Map.of("gateway.limits.store", "postgres")));
        charts.forEach((store, c) -> {
            Map<String, JsonNode> env = environment(c, "gateway");
            String set = env.get("GATEWAY_LIMITS_STORE").asText();
            assertTrue(known.contains(set), set + " is one of " + known);
            boolean shared = store.startsWith("postgres");
            assertEquals(shared ? "postgres" : "memory", set, store);
            assertEquals(shared, c.find("Cluster", "leercultuur-gateway-db").isPresent(), store + ": the gateway's Cluster");
            assertEquals(shared, c.find("NetworkPolicy", "leercultuur-gateway-db").isPresent(), store);
            assertEquals(shared, env.containsKey("GATEWAY_DB_URL"), store + ": GATEWAY_DB_URL");
            assertEquals(shared, env.containsKey("DB_USER") && env.containsKey("DB_PASSWORD"), store + ": credentials");
            if (shared) {
                assertTrue(env.get("GATEWAY_DB_URL").asText().startsWith("jdbc:postgresql://leercultuur-gateway-db-rw:5432/"),
                        env.get("GATEWAY_DB_URL").asText());
                assertEquals("leercultuur-gateway-db-app", env.get("DB_PASSWORD").path("secretKeyRef").path("name").asText());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsOnlyByReference(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        assertEquals(0, c.kind("Secret").count(), "the chart makes no Secret: values never hold one");
        Set<String> madeBeforeInstall = Set.of("leercultuur-web", "leercultuur-realm", "leercultuur-backup-s3",
                "leercultuur-tls", "leercultuur-auth-tls");
        for (String s : Code.SERVICES) {
            JsonNode container = container(c, s);
            for (JsonNode from : container.path("envFrom")) {
                assertEquals(Set.of("configMapRef"), fieldNames(from), s + ": envFrom only from a ConfigMap");
            }
            c.one("ConfigMap", "leercultuur-" + s).path("data").fieldNames().forEachRemaining(k ->
                    assertFalse(k.matches(".*(PASSWORD|SECRET|JAAS|TOKEN|CERTIFICATES|CREDENTIAL).*"), s + ": " + k + " in a ConfigMap"));
            for (JsonNode e : container.path("env")) {
                assertFalse(e.has("value"), s + ": " + e.path("name") + " set inline");
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                assertEquals(Set.of("secretKeyRef"), fieldNames(e.path("valueFrom")), s + ": " + e.path("name"));
                String secret = ref.path("name").asText();
                boolean madeByOperator = (secret.endsWith("-app") && c.find("Cluster", secret.substring(0, secret.length() - 4)).isPresent())
                        || c.find("KafkaUser", secret).isPresent()
                        || (secret.endsWith("-cluster-ca-cert") && c.find("Kafka", secret.replace("-cluster-ca-cert", "")).isPresent());
                assertTrue(madeByOperator || madeBeforeInstall.contains(secret), s + ": who makes Secret " + secret + "?");
            }
        }
    }

    static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsAreLockedDown(String profile) {
        RenderedChart c = RenderedChart.of(profile);
        for (String s : Code.SERVICES) {
            JsonNode pod = deployment(c, s).path("spec").path("template").path("spec");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), s);
            assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText(), s);
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), s);
            JsonNode container = container(c, s);
            JsonNode sc = container.path("securityContext");
            assertTrue(sc.path("runAsNonRoot").asBoolean(), s);
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(), s);
            assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), s);
            assertEquals("[\"ALL\"]", sc.path("capabilities").path("drop").toString(), s);
            assertEquals("RuntimeDefault", sc.path("seccompProfile").path("type").asText(), s);
            Map<String, String> mounts = new LinkedHashMap<>();
            container.path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m.path("name").asText()));
            assertEquals(Map.of("/tmp", "tmp"), mounts, s + ": only /tmp is writable");
            assertTrue(pod.path("volumes").get(0).has("emptyDir"), s);
            JsonNode res = container.path("resources");
            assertTrue(res.path("requests").has("cpu") && res.path("requests").has("memory"), s + ": requests");
            assertTrue(res.path("limits").has("memory"), s + ": a memory limit");
            assertEquals(0, deployment(c, s).path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(), s);
        }
    }

    @Test
    void onlyTheGatewayIsBehindTheIngress() {
        RenderedChart c = RenderedChart.of("prod");
        List<String> backends = new ArrayList<>();
        c.kind("Ingress").forEach(i -> i.path("spec").path("rules").forEach(r -> r.path("http").path("paths")
                .forEach(p -> backends.add(r.path("host").asText() + p.path("path").asText() + " -> "
                        + p.path("backend").path("service").path("name").asText()))));
        assertEquals(List.of("leercultuur.example.org/ -> leercultuur-gateway",
                "auth.leercultuur.example.org/realms/ -> leercultuur-keycloak-service",
                "auth.leercultuur.example.org/resources/ -> leercultuur-keycloak-service"), backends);
        c.kind("Ingress").forEach(i -> assertFalse(i.path("spec").path("tls").isEmpty(), "TLS on " + RenderedChart.name(i)));
    }
}
