package nl.leercultuur.system;

import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestPostgres;
import nl.leercultuur.testkit.TestTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole platform as it runs in production: the four packaged services and the gateway, each its own JVM,
 * each with its own fresh PostgreSQL database, sharing one Kafka broker, verifying tokens signed by the test key.
 * Started once per test JVM and stopped when it ends.
 * <p>
 * Traces: the gateway and the four services export their spans (OTLP/HTTP) to {@link #traces}, a receiver in this JVM,
 * so that TraceIT can follow one request through them all. {@code -Dsut.traces=false} starts them without (the
 * executions of the fuzz and fault tests, the benchmarks and the full load suite: figures without tracing).
 */
public final class SystemUnderTest {

    private static SystemUnderTest instance;

    public final ServiceProcess network;
    public final ServiceProcess survey;
    public final ServiceProcess catalog;
    public final ServiceProcess analytics;
    public final ServiceProcess gateway;
    public final ServiceProcess web;
    public final Map<String, TestPostgres.Database> databases;
    /** What the processes export, or null when tracing is off ({@code -Dsut.traces=false}). */
    public final OtlpReceiver traces;
    private final List<ServiceProcess> all;

    public static synchronized SystemUnderTest get() {
        if (instance == null) {
            instance = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    private SystemUnderTest() {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Path logs = Path.of(System.getProperty("user.dir"), "target", "system-logs");
        String kafka = TestKafka.bootstrapServers();
        int gatewayPort = ServiceProcess.freePort();
        String publicUrl = "http://127.0.0.1:" + gatewayPort;
        traces = Boolean.parseBoolean(System.getProperty("sut.traces", "true")) ? OtlpReceiver.start() : null;
        databases = new HashMap<>();
        for (String db : List.of("network", "survey", "catalog", "analytics")) {
            databases.put(db, TestPostgres.freshDatabase("sys_" + db));
        }
        String[] jvm = {"-Xmx256m", "-XX:+UseSerialGC"};
        network = ServiceProcess.start("network-service", root.resolve("network-service"),
                with(common("network", kafka), Map.of("leercultuur.events.schema-base-url", publicUrl + "/api/v1/networks/events/",
                        "leercultuur.demo-data.enabled", "true", // the region's organisations and the demo network
                        "leercultuur.inbox.group-id", "network-" + UUID.randomUUID())), // closed scans, for cases
                logs, jvm);
        catalog = ServiceProcess.start("resource-catalog-service", root.resolve("resource-catalog-service"),
                with(common("catalog", kafka), Map.of("quarkus.rest-client.organisations.url", network.url())), logs, jvm);
        survey = ServiceProcess.start("survey-service", root.resolve("survey-service"),
                with(common("survey", kafka), Map.of("quarkus.rest-client.organisations.url", network.url(),
                        "quarkus.rest-client.catalog.url", catalog.url(),
                        "leercultuur.survey.respond-url", publicUrl + "/respond",
                        "leercultuur.events.schema-base-url", publicUrl + "/api/v1/surveys/events/")), logs, jvm);
        analytics = ServiceProcess.start("analytics-service", root.resolve("analytics-service"),
                with(common("analytics", kafka), Map.of("quarkus.rest-client.catalog.url", catalog.url(),
                        "leercultuur.inbox.group-id", "analytics-" + UUID.randomUUID())), logs, jvm);
        // the pages: every path outside /api, /q and /openapi goes to them through the gateway
        web = ServiceProcess.start("web", root.resolve("web"), Map.of(
                "quarkus.oidc.auth-server-url", TestTokens.identityProviderUrl(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "leercultuur.web.gateway-url", publicUrl), logs, jvm);
        all = new ArrayList<>(List.of(network, catalog, survey, analytics, web));
        for (ServiceProcess p : all) {
            p.awaitReady(Duration.ofSeconds(90));
        }
        Map<String, String> gw = new HashMap<>(TestTokens.identityProviderConfig());
        gw.putAll(tracing());
        gw.put("quarkus.http.port", String.valueOf(gatewayPort));
        gw.put("gateway.backends.survey.url", survey.url());
        gw.put("gateway.backends.network.url", network.url());
        gw.put("gateway.backends.catalog.url", catalog.url());
        gw.put("gateway.backends.analytics.url", analytics.url());
        gw.put("gateway.backends.web.url", web.url());
        String timeout = System.getProperty("sut.backend-timeout-ms");
        if (timeout != null) {
            // the fault tests: a hanging backend is answered 504 within seconds, not after the production ten
            for (String b : List.of("survey", "network", "catalog", "analytics")) {
                gw.put("gateway.backends." + b + ".timeout-ms", timeout);
            }
        }
        if (System.getProperty("bench.scale") != null) {
            // benchmarks drive thousands of calls from one address and one token: lift the per-client limits
            gw.put("gateway.limits.authenticated-per-second", "10000000");
            gw.put("gateway.limits.anonymous-per-second", "10000000");
        }
        // every REST Assured answer in this JVM is checked against the kept OpenAPI documents
        io.restassured.RestAssured.filters(ContractValidation.INSTANCE);
        gateway = ServiceProcess.start("gateway", root.resolve("gateway"), gw, logs, jvm);
        all.add(gateway);
        gateway.awaitReady(Duration.ofSeconds(60));
    }

    private Map<String, String> common(String db, String kafka) {
        Map<String, String> c = new HashMap<>(TestTokens.identityProviderConfig());
        TestPostgres.Database d = databases.get(db);
        c.put("quarkus.datasource.jdbc.url", d.jdbcUrl());
        c.put("quarkus.datasource.username", d.server().user());
        c.put("quarkus.datasource.password", d.server().password());
        c.put("kafka.bootstrap.servers", kafka);
        c.putAll(tracing());
        return c;
    }

    /** The exporter's settings, by value: the receiver's endpoint turns tracing on (platform's TracingSwitch). */
    private Map<String, String> tracing() {
        if (traces == null) {
            return Map.of();
        }
        return Map.of("quarkus.otel.exporter.otlp.endpoint", traces.endpoint(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                // spans within a fraction of a second, for the test to find them soon
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> extra) {
        Map<String, String> m = new HashMap<>(base);
        m.putAll(extra);
        return m;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    private void stop() {
        for (ServiceProcess p : all) {
            p.close();
        }
        databases.values().forEach(TestPostgres::drop);
        if (traces != null) {
            traces.close();
        }
    }
}
