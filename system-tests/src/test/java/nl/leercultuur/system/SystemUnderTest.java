package nl.leercultuur.system;

import nl.leercultuur.testkit.JvmOptions;
import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TcpProxy;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestPostgres;
import nl.leercultuur.testkit.TestTokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole platform as it runs in production: the four packaged services and the gateway, each its own JVM,
 * each with its own fresh PostgreSQL database, sharing one Kafka broker, verifying tokens signed by the test key.
 * Started once per test JVM and stopped when it ends.
 * <p>
 * Scaled out ({@link #scaledOut()}, the scale-out tests' own JVM): two replicas of every service and of the gateway,
 * each pair behind a round robin ({@link TcpProxy#roundRobin}) as a Kubernetes Service would spread connections; the
 * replicas of a service share its database and its consumer group; the gateways keep their rate limits in a database
 * of their own ({@code gateway.limits.store=postgres}) and reach the services only through the round robins.
 * <p>
 * Traces: the gateway and the four services export their spans (OTLP/HTTP) to {@link #traces}, a receiver in this JVM,
 * so that TraceIT can follow one request through them all. {@code -Dsut.traces=false} starts them without (the
 * executions of the fuzz and fault tests, the benchmarks and the full load suite: figures without tracing).
 */
public final class SystemUnderTest {

    private static SystemUnderTest instance;

    /** The first replica of each (the only one unless scaled out). */
    public final ServiceProcess network;
    public final ServiceProcess survey;
    public final ServiceProcess catalog;
    public final ServiceProcess analytics;
    public final ServiceProcess gateway;
    public final ServiceProcess web;
    /** Every replica by role ("network", "survey", "catalog", "analytics", "web", "gateway"). */
    public final Map<String, List<ServiceProcess>> replicas = new LinkedHashMap<>();
    public final Map<String, TestPostgres.Database> databases;
    /** What the processes export, or null when tracing is off ({@code -Dsut.traces=false}). */
    public final OtlpReceiver traces;
    private final List<ServiceProcess> all = new ArrayList<>();
    private final List<TcpProxy> proxies = new ArrayList<>();
    private final int count;
    /** Whether the gateways keep their rate limits in their database ({@code gateway.limits.store=postgres}). */
    public final boolean sharedLimits;
    private boolean stopped;

    public static synchronized SystemUnderTest get() {
        return started(1, false);
    }

    /**
     * Two replicas of everything. One size per JVM at a time: asking for the other size stops the running platform
     * first (the scale benchmark; the scale-out test has a JVM of its own).
     */
    public static synchronized SystemUnderTest scaledOut() {
        return started(2, true);
    }

    /**
     * The platform at a given size, its gateways' limits in memory or shared in their database (the scale benchmark
     * compares one replica with and without the shared store against two of each).
     */
    public static synchronized SystemUnderTest started(int replicas, boolean sharedLimits) {
        return startedAs(replicas, sharedLimits);
    }

    private static SystemUnderTest startedAs(int replicas, boolean sharedLimits) {
        if (instance != null && (instance.count != replicas || instance.sharedLimits != sharedLimits)) {
            // the scale benchmark compares one replica with two: the platform is started again at the other size
            instance.stop();
            instance = null;
        }
        if (instance == null) {
            instance = new SystemUnderTest(replicas, sharedLimits);
            SystemUnderTest started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return instance;
    }

    private SystemUnderTest(int count, boolean sharedLimits) {
        this.count = count;
        this.sharedLimits = sharedLimits;
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Path logs = Path.of(System.getProperty("user.dir"), "target", "system-logs");
        String kafka = TestKafka.bootstrapServers();
        List<Integer> gatewayPorts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gatewayPorts.add(ServiceProcess.freePort());
        }
        // links in codes and event schemas name the public address: the first gateway (behind an ingress, one name)
        String publicUrl = "http://127.0.0.1:" + gatewayPorts.get(0);
        traces = Boolean.parseBoolean(System.getProperty("sut.traces", "true")) ? OtlpReceiver.start() : null;
        databases = new HashMap<>();
        List<String> dbs = new ArrayList<>(List.of("network", "survey", "catalog", "analytics"));
        if (sharedLimits) {
            dbs.add("gateway");
        }
        for (String db : dbs) {
            databases.put(db, TestPostgres.freshDatabase("sys_" + db));
        }
        // each service's JVM options and environment as ./stack and the chart give them (deploy/helm/leercultuur/jvm.conf)
        JvmOptions jvm = JvmOptions.load(root);
        network = start("network", "network-service", root, logs, jvm,
                with(common("network", kafka), Map.of("leercultuur.events.schema-base-url", publicUrl + "/api/v1/networks/events/",
                        "leercultuur.demo-data.enabled", "true", // the region's organisations and the demo network
                        "leercultuur.inbox.group-id", "network-" + UUID.randomUUID()))); // closed scans, for cases
        String networkUrl = front("network");
        catalog = start("catalog", "resource-catalog-service", root, logs, jvm,
                with(common("catalog", kafka), Map.of("quarkus.rest-client.organisations.url", networkUrl)));
        String catalogUrl = front("catalog");
        Map<String, String> surveyConfig = with(common("survey", kafka), Map.of("quarkus.rest-client.organisations.url", networkUrl,
                "quarkus.rest-client.catalog.url", catalogUrl,
                "leercultuur.survey.respond-url", publicUrl + "/respond",
                "leercultuur.events.schema-base-url", publicUrl + "/api/v1/surveys/events/"));
        if (count > 1) {
            // the scheduled closer on both replicas, often: the scale-out test waits for a due scan to be closed
            surveyConfig.put("leercultuur.survey.close-check", "1s");
        }
        survey = start("survey", "survey-service", root, logs, jvm, surveyConfig);
        analytics = start("analytics", "analytics-service", root, logs, jvm,
                with(common("analytics", kafka), Map.of("quarkus.rest-client.catalog.url", catalogUrl,
                        "leercultuur.inbox.group-id", "analytics-" + UUID.randomUUID())));
        // the pages: every path outside /api, /q and /openapi goes to them through the gateway
        web = start("web", "web", root, logs, jvm, Map.of(
                "quarkus.oidc.auth-server-url", TestTokens.identityProviderUrl(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "leercultuur.web.gateway-url", publicUrl));
        for (ServiceProcess p : List.copyOf(all)) {
            p.awaitReady(Duration.ofSeconds(90));
        }
        Map<String, String> gw = new HashMap<>(TestTokens.identityProviderConfig());
        gw.putAll(tracing());
        for (String b : List.of("survey", "network", "catalog", "analytics", "web")) {
            gw.put("gateway.backends." + b + ".url", front(b));
        }
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
        // a comparison run: -Dsut.gateway.<property>=<value> sets one of the gateway's properties (e.g. a backend's
        // concurrency limits) for this run only
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("sut.gateway."))
                .forEach(k -> gw.put(k.substring("sut.gateway.".length()), System.getProperty(k)));
        if (sharedLimits) {
            // one set of limits for all gateways, kept in their database
            TestPostgres.Database d = databases.get("gateway");
            gw.put("gateway.limits.store", "postgres");
            gw.put("quarkus.datasource.jdbc.url", d.jdbcUrl());
            gw.put("quarkus.datasource.username", d.server().user());
            gw.put("quarkus.datasource.password", d.server().password());
            gw.put("gateway.limits.respond-per-code-per-minute", System.getProperty("sut.respond-per-code", "60"));
        }
        // every REST Assured answer in this JVM is checked against the kept OpenAPI documents
        io.restassured.RestAssured.filters(ContractValidation.INSTANCE);
        List<ServiceProcess> gateways = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> one = new HashMap<>(gw);
            one.put("quarkus.http.port", String.valueOf(gatewayPorts.get(i)));
            ServiceProcess g = ServiceProcess.start(count > 1 ? "gateway-" + (i + 1) : "gateway", root.resolve("gateway"), one, logs,
                    jvm.env(), jvm.of("gateway"));
            gateways.add(g);
            all.add(g);
        }
        replicas.put("gateway", gateways);
        gateway = gateways.get(0);
        for (ServiceProcess g : gateways) {
            g.awaitReady(Duration.ofSeconds(60));
        }
    }

    /** Starts {@link #count} replicas of a service (at once: they race for their migrations as in a rollout). */
    private ServiceProcess start(String role, String module, Path root, Path logs, JvmOptions jvm, Map<String, String> config) {
        List<ServiceProcess> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(ServiceProcess.start(count > 1 ? module + "-" + (i + 1) : module, root.resolve(module), config, logs, jvm.env(),
                    jvm.of(module)));
        }
        replicas.put(role, started);
        all.addAll(started);
        return started.get(0);
    }

    /** Where others reach a service: its one replica, or a round robin over its replicas. */
    private String front(String role) {
        List<ServiceProcess> r = replicas.get(role);
        if (r.size() == 1) {
            return r.get(0).url();
        }
        try {
            TcpProxy p = TcpProxy.roundRobin("127.0.0.1", r.stream().map(ServiceProcess::port).toList());
            proxies.add(p);
            return "http://127.0.0.1:" + p.port();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (ServiceProcess p : all) {
            p.close();
        }
        for (TcpProxy p : proxies) {
            try {
                p.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
        databases.values().forEach(TestPostgres::drop);
        if (traces != null) {
            traces.close();
        }
    }
}
