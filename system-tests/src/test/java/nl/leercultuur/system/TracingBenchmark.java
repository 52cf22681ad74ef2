package nl.leercultuur.system;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What tracing costs on the hottest path: two gateways in front of the same minimal backend (1 KB of JSON), one as
 * deployed by default (meters on, traces off: no OTLP endpoint) and one exporting every span (sampling all) to an OTLP
 * receiver in this JVM. Runs interleaved three times; the figures are medians. Not a pass/fail test
 * ({@code ./mvnw -Pbench verify -pl system-tests -am -Dit.test=TracingBenchmark}).
 */
class TracingBenchmark {

    static final int REQUESTS = Bench.size(20_000, 300);
    static final int CLIENTS = 32;
    static final int ROUNDS = Bench.smoke() ? 1 : 3;

    @Test
    void gatewayWithAndWithoutTraces() throws Exception {
        Vertx vertx = Vertx.vertx();
        Buffer payload = Buffer.buffer("{\"items\":[" + "{\"title\":\"Leren in de zorg\",\"kind\":\"book\"},".repeat(24)
                + "{}],\"total\":25}");
        HttpServer backend = vertx.createHttpServer().requestHandler(r -> r.response()
                .putHeader("Content-Type", "application/json").end(payload));
        int backendPort = ServiceProcess.freePort();
        backend.listen(backendPort, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String backendUrl = "http://127.0.0.1:" + backendPort;
        Path logs = Path.of(System.getProperty("user.dir"), "target", "system-logs");
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Map<String, String> plain = new HashMap<>(TestTokens.identityProviderConfig());
        for (String b : new String[]{"survey", "network", "catalog", "analytics"}) {
            plain.put("gateway.backends." + b + ".url", backendUrl);
        }
        plain.put("gateway.limits.anonymous-per-second", "10000000");
        plain.put("quarkus.log.category.\"gateway.access\".level", "WARN");
        try (OtlpReceiver receiver = OtlpReceiver.start()) {
            Map<String, String> traced = new HashMap<>(plain);
            traced.put("quarkus.otel.exporter.otlp.endpoint", receiver.endpoint());
            traced.put("quarkus.otel.exporter.otlp.protocol", "http/protobuf");
            try (ServiceProcess off = ServiceProcess.start("gateway-traces-off", root.resolve("gateway"), plain, logs, "-Xmx256m", "-XX:+UseSerialGC");
                 ServiceProcess on = ServiceProcess.start("gateway-traces-on", root.resolve("gateway"), traced, logs, "-Xmx256m", "-XX:+UseSerialGC")) {
                off.awaitReady(Duration.ofSeconds(60));
                on.awaitReady(Duration.ofSeconds(60));
                String path = "/api/v1/catalog/resources?q=leren";
                for (ServiceProcess g : List.of(off, on)) {
                    Bench.run("warm-up", Bench.size(5000, 100), CLIENTS, i -> Bench.request(g.url() + path, null).GET().build());
                    Bench.run("warm-up", Bench.size(1000, 20), 1, i -> Bench.request(g.url() + path, null).GET().build());
                }
                List<Bench.Result> offLoad = new ArrayList<>();
                List<Bench.Result> onLoad = new ArrayList<>();
                List<Bench.Result> offOne = new ArrayList<>();
                List<Bench.Result> onOne = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    offLoad.add(Bench.run("traces off, " + CLIENTS + " clients", REQUESTS, CLIENTS, i -> Bench.request(off.url() + path, null).GET().build()));
                    onLoad.add(Bench.run("traces on, " + CLIENTS + " clients", REQUESTS, CLIENTS, i -> Bench.request(on.url() + path, null).GET().build()));
                    offOne.add(Bench.run("traces off, 1 client", Bench.size(3000, 50), 1, i -> Bench.request(off.url() + path, null).GET().build()));
                    onOne.add(Bench.run("traces on, 1 client", Bench.size(3000, 50), 1, i -> Bench.request(on.url() + path, null).GET().build()));
                }
                Bench.report("tracing.txt", "gateway, anonymous route, " + REQUESTS + " GETs x " + ROUNDS + " rounds, interleaved; "
                        + java.time.OffsetDateTime.now());
                for (List<Bench.Result> rs : List.of(offLoad, onLoad, offOne, onOne)) {
                    rs.forEach(r -> Bench.report("tracing.txt", "  " + r.line()));
                }
                double offRate = median(offLoad.stream().mapToDouble(Bench.Result::perSecond).toArray());
                double onRate = median(onLoad.stream().mapToDouble(Bench.Result::perSecond).toArray());
                double offP50 = median(offOne.stream().mapToDouble(r -> r.percentileMs(50)).toArray());
                double onP50 = median(onOne.stream().mapToDouble(r -> r.percentileMs(50)).toArray());
                Bench.report("tracing.txt", String.format("median throughput: traces off %.0f req/s, on %.0f req/s (%.0f %%); "
                                + "1 client p50: off %.3f ms, on %.3f ms (+%.3f ms); %d spans in %d exports; RSS off %d MB, on %d MB",
                        offRate, onRate, 100 * onRate / offRate, offP50, onP50, onP50 - offP50, receiver.spans().size(),
                        receiver.exports(), off.residentMb(), on.residentMb()));
            }
        } finally {
            vertx.close();
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
