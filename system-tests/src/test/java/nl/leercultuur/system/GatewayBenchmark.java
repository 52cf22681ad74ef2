package nl.leercultuur.system;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 7's and issue 19's figures: requests per second and added latency of the gateway against calling the backend directly
 * and against nginx as a reverse proxy in front of the same backend, in one run, with a bare Vert.x proxy
 * ({@link BareVertxProxy}) beside them as the reference of what a JVM proxy reaches on the same machine. The backend is a minimal
 * Vert.x server answering 1 KB of JSON, so the figures are about the proxies, not about a service.
 */
class GatewayBenchmark {

    static final int CLIENTS = 32;

    @Test
    void gatewayAgainstDirectAndNginx() throws Exception {
        Vertx vertx = Vertx.vertx();
        Buffer payload = Buffer.buffer("{\"items\":[" + "{\"title\":\"Leren in de zorg\",\"kind\":\"book\"},".repeat(24)
                + "{}],\"total\":25}");
        HttpServer backend = vertx.createHttpServer().requestHandler(r -> r.response()
                .putHeader("Content-Type", "application/json").end(payload));
        int backendPort = ServiceProcess.freePort();
        backend.listen(backendPort, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String backendUrl = "http://127.0.0.1:" + backendPort;

        Path logs = Path.of(System.getProperty("user.dir"), "target", "system-logs");
        Map<String, String> gw = new HashMap<>(TestTokens.identityProviderConfig());
        for (String b : new String[]{"survey", "network", "catalog", "analytics"}) {
            gw.put("gateway.backends." + b + ".url", backendUrl);
        }
        gw.put("gateway.limits.authenticated-per-second", "10000000");
        gw.put("gateway.limits.anonymous-per-second", "10000000");
        gw.put("quarkus.log.category.\"gateway.access\".level", "WARN");
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        // the gateway as the stack and the chart run it (deploy/helm/leercultuur/jvm.conf)
        nl.leercultuur.testkit.JvmOptions jvm = nl.leercultuur.testkit.JvmOptions.load(root);
        try (ServiceProcess gateway = ServiceProcess.start("gateway-bench", root.resolve("gateway"), gw, logs, jvm.env(),
                jvm.of("gateway"))) {
            gateway.awaitReady(Duration.ofSeconds(60));
            Process nginx = startNginx(backendPort);
            if (nginx == null || !Wrk.available()) {
                Bench.report("gateway.txt", "nginx or wrk not available (scripts/ensure-nginx.sh, scripts/ensure-wrk.sh install them as root): no comparison");
                if (nginx != null) {
                    nginx.destroy();
                }
                return;
            }
            Process bare = startBareProxy(backendPort, jvm.of("gateway"), logs);
            try {
                compare(backendUrl, gateway, "http://127.0.0.1:" + NGINX_PORT, bare);
                Bench.report("gateway.txt", "gateway resident memory after the run: " + gateway.residentMb() + " MB");
            } finally {
                nginx.destroy();
                nginx.waitFor(5, TimeUnit.SECONDS);
                if (bare != null) {
                    bare.destroy();
                    bare.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } finally {
            vertx.close();
        }
    }

    /**
     * Issue 19's target 1: the gateway beside nginx in front of the same backend, wrk with 32 connections, rounds
     * interleaved (nginx, the bare Vert.x proxy when it runs, gateway anonymous, gateway with a bearer token) so that all
     * see the same machine; medians.
     */
    static void compare(String backendUrl, ServiceProcess gateway, String nginxUrl, Process bare) {
        String bareUrl = bare == null ? null : "http://127.0.0.1:" + BARE_PORT;
        String path = "/api/v1/catalog/resources?q=leren";
        // a team leader's token (org-manager of one organisation), the most common signed-in caller: its organisation
        // scope is checked on every request as well
        String bearer = "Authorization: Bearer " + TestTokens.orgManager("bench-org");
        int seconds = Bench.smoke() ? 1 : 10;
        int rounds = Bench.smoke() ? 1 : 3;
        // warm up both routes (JIT, connection pools) until the gateway's compilers take at most 5 % of its CPU in a round
        // (JitShare): a gateway in service runs compiled code. With 15 s and 10 s of warm-up the rounds still rose from
        // the first to the third (11,800 -> 19,300 req/s anonymous, 2026-12-01), so the medians measured a JVM compiling.
        Map<String, Long> warming = new HashMap<>(JitShare.pids(java.util.Map.of("gateway", gateway), false));
        if (bareUrl != null) {
            warming.put("bare Vert.x proxy", bare.pid());
        }
        JitShare.warmUntilQuiet("gateway.txt", warming, Bench.smoke() ? 1 : 15, round -> {
            Wrk.Result a = Wrk.run("warm-up", gateway.url() + path, CLIENTS, Bench.smoke() ? 1 : 8);
            Wrk.Result t = Wrk.run("warm-up", gateway.url() + "/api/v1/surveys/scans", CLIENTS, Bench.smoke() ? 1 : 8, bearer);
            String b = "";
            if (bareUrl != null) {
                b = String.format(java.util.Locale.ROOT, ", bare Vert.x proxy %.0f req/s",
                        Wrk.run("warm-up", bareUrl + path, CLIENTS, Bench.smoke() ? 1 : 4).perSecond());
            }
            return String.format(java.util.Locale.ROOT, "anonymous %.0f req/s, bearer %.0f req/s", a.perSecond(), t.perSecond()) + b;
        });
        Wrk.run("warm-up", nginxUrl + path, CLIENTS, Bench.smoke() ? 1 : 5);
        Bench.report("gateway.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores; wrk -t2 -c" + CLIENTS + ", "
                + seconds + " s per run, " + rounds + " interleaved rounds, 1 KB JSON from a minimal Vert.x backend; nginx "
                + nginxVersion() + " with worker_processes auto and a keep-alive upstream; " + java.time.OffsetDateTime.now());
        java.util.List<Wrk.Result> direct = new java.util.ArrayList<>();
        java.util.List<Wrk.Result> viaNginx = new java.util.ArrayList<>();
        java.util.List<Wrk.Result> anon = new java.util.ArrayList<>();
        java.util.List<Wrk.Result> token = new java.util.ArrayList<>();
        java.util.List<Wrk.Result> viaBare = new java.util.ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            direct.add(report(Wrk.run("backend directly, round " + r, backendUrl + path, CLIENTS, seconds)));
            viaNginx.add(report(Wrk.run("via nginx, round " + r, nginxUrl + path, CLIENTS, seconds)));
            if (bareUrl != null) {
                viaBare.add(report(Wrk.run("via a bare Vert.x proxy, round " + r, bareUrl + path, CLIENTS, seconds)));
            }
            anon.add(report(Wrk.run("via gateway, anonymous, round " + r, gateway.url() + path, CLIENTS, seconds)));
            token.add(report(Wrk.run("via gateway, bearer verified, round " + r, gateway.url() + "/api/v1/surveys/scans", CLIENTS,
                    seconds, bearer)));
        }
        double nginxRate = Wrk.median(viaNginx, Wrk.Result::perSecond);
        double nginxP99 = Wrk.median(viaNginx, Wrk.Result::p99Ms);
        double anonRate = Wrk.median(anon, Wrk.Result::perSecond);
        double tokenRate = Wrk.median(token, Wrk.Result::perSecond);
        double anonP99 = Wrk.median(anon, Wrk.Result::p99Ms);
        double tokenP99 = Wrk.median(token, Wrk.Result::p99Ms);
        Bench.report("gateway.txt", String.format(java.util.Locale.ROOT,
                "medians: backend %.0f req/s; nginx %.0f req/s p99 %.2f ms; gateway anonymous %.0f req/s (%.2f x nginx) p99 %.2f ms;"
                        + " gateway bearer %.0f req/s (%.2f x nginx) p99 %.2f ms",
                Wrk.median(direct, Wrk.Result::perSecond), nginxRate, nginxP99, anonRate, anonRate / nginxRate, anonP99,
                tokenRate, tokenRate / nginxRate, tokenP99));
        if (!viaBare.isEmpty()) {
            // the reference: how close a JVM proxy on Vert.x gets to nginx here at all, and what the gateway's own work costs
            double bareRate = Wrk.median(viaBare, Wrk.Result::perSecond);
            Bench.report("gateway.txt", String.format(java.util.Locale.ROOT,
                    "reference: a bare Vert.x proxy %.0f req/s p99 %.2f ms = %.2f x nginx; the gateway = %.2f x it anonymous, %.2f x it with a bearer token",
                    bareRate, Wrk.median(viaBare, Wrk.Result::p99Ms), bareRate / nginxRate, anonRate / bareRate, tokenRate / bareRate));
        }
        String basis = String.format(java.util.Locale.ROOT, "wrk, 32 connections, median of %d: gateway %.0f vs nginx %.0f req/s", rounds, anonRate, nginxRate);
        Targets.atLeast("gateway, anonymous route, against nginx", anonRate / nginxRate, 0.8, "×", basis);
        Targets.atLeast("gateway, bearer token verified, against nginx", tokenRate / nginxRate, 0.7, "×",
                String.format(java.util.Locale.ROOT, "wrk, 32 connections, median of %d: gateway %.0f vs nginx %.0f req/s", rounds, tokenRate, nginxRate));
        Targets.atMost("gateway p99 against nginx's p99 (anonymous route)", anonP99 / nginxP99, 1.5, "×",
                String.format(java.util.Locale.ROOT, "%.2f ms vs %.2f ms", anonP99, nginxP99));
        Targets.atMost("gateway p99 against nginx's p99 (bearer route)", tokenP99 / nginxP99, 1.5, "×",
                String.format(java.util.Locale.ROOT, "%.2f ms vs %.2f ms", tokenP99, nginxP99));
        // one connection, one request at a time: the latency a single user adds by going through a proxy
        Wrk.Result d1 = report(Wrk.run("backend directly, 1 connection", backendUrl + path, 1, seconds));
        Wrk.Result g1 = report(Wrk.run("via gateway, 1 connection", gateway.url() + path, 1, seconds));
        Wrk.Result n1 = report(Wrk.run("via nginx, 1 connection", nginxUrl + path, 1, seconds));
        Bench.report("gateway.txt", String.format(java.util.Locale.ROOT, "added p50 latency, 1 connection: gateway %.3f ms, nginx %.3f ms",
                g1.p50Ms() - d1.p50Ms(), n1.p50Ms() - d1.p50Ms()));
        for (java.util.List<Wrk.Result> runs : java.util.List.of(anon, token, viaNginx, viaBare)) {
            for (Wrk.Result r : runs) {
                if (r.non2xx() + r.socketErrors() > 0) {
                    throw new AssertionError("requests failed: " + r.line());
                }
            }
        }
    }

    private static Wrk.Result report(Wrk.Result r) {
        Bench.report("gateway.txt", r.line());
        return r;
    }

    static int NGINX_PORT;
    static int BARE_PORT;

    /**
     * {@link BareVertxProxy} as a process of its own with the gateway's JVM options (less its AppCDS archive, which is
     * the gateway's), or null when it does not come up within 10 s (the comparison then goes without it).
     */
    static Process startBareProxy(int backendPort, String[] gatewayJvmOptions, Path logs) throws IOException, InterruptedException {
        BARE_PORT = ServiceProcess.freePort();
        return BareVertxProxy.start(BARE_PORT, backendPort, gatewayJvmOptions, logs, "gateway.txt");
    }

    /** Whether {@code p} accepts connections on {@code port} within {@code seconds}; if not, it is stopped. */
    static boolean listening(Process p, int port, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && p.isAlive()) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        p.destroy();
        return false;
    }

    /** nginx with one worker per core and a keep-alive upstream pool, the usual reverse-proxy setup. */
    static Process startNginx(int backendPort) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        Process install = new ProcessBuilder("bash", root.resolve("scripts/ensure-nginx.sh").toString()).inheritIO().start();
        if (install.waitFor() != 0 || !Files.exists(Path.of("/usr/sbin/nginx"))) {
            return null;
        }
        NGINX_PORT = ServiceProcess.freePort();
        Path dir = Path.of(System.getProperty("user.dir"), "target", "nginx");
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  upstream backend { server 127.0.0.1:%2$d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://backend;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                    }
                  }
                }
                """.formatted(dir, backendPort, NGINX_PORT));
        Process p = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        return listening(p, NGINX_PORT, 5) ? p : null;
    }

    static String nginxVersion() {
        try {
            Process v = new ProcessBuilder("/usr/sbin/nginx", "-v").redirectErrorStream(true).start();
            return new String(v.getInputStream().readAllBytes()).trim().replace("nginx version: ", "");
        } catch (IOException e) {
            return "";
        }
    }
}
