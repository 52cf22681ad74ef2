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
 * Issue 7's figure: requests per second and added latency of the gateway against calling the backend directly
 * and against nginx as a reverse proxy in front of the same backend, in one run. The backend is a minimal
 * Vert.x server answering 1 KB of JSON, so the figures are about the proxies, not about a service.
 */
class GatewayBenchmark {

    static final int REQUESTS = 20_000;
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
        try (ServiceProcess gateway = ServiceProcess.start("gateway-bench", root.resolve("gateway"), gw, logs,
                "-Xmx256m", "-XX:+UseSerialGC")) {
            gateway.awaitReady(Duration.ofSeconds(60));
            Process nginx = startNginx(backendPort);
            int nginxPort = nginx == null ? -1 : NGINX_PORT;
            try {
                String path = "/api/v1/catalog/resources?q=leren";
                String token = TestTokens.admin();
                // warm up every path (JIT, connection pools)
                Bench.run("warm-up", 5000, CLIENTS, i -> Bench.request(backendUrl + path, null).GET().build());
                Bench.run("warm-up", 5000, CLIENTS, i -> Bench.request(gateway.url() + path, null).GET().build());
                Bench.run("warm-up", 5000, CLIENTS, i -> Bench.request(gateway.url() + "/api/v1/surveys/scans", token).GET().build());
                if (nginx != null) {
                    Bench.run("warm-up", 5000, CLIENTS, i -> Bench.request("http://127.0.0.1:" + nginxPort + path, null).GET().build());
                }
                Bench.report("gateway.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores; "
                        + REQUESTS + " GETs of 1 KB JSON per line, " + CLIENTS + " concurrent clients, keep-alive; " + java.time.OffsetDateTime.now());
                Bench.Result direct = Bench.run("backend directly", REQUESTS, CLIENTS,
                        i -> Bench.request(backendUrl + path, null).GET().build());
                Bench.report("gateway.txt", direct.line());
                Bench.Result viaGateway = Bench.run("via gateway, anonymous route", REQUESTS, CLIENTS,
                        i -> Bench.request(gateway.url() + path, null).GET().build());
                Bench.report("gateway.txt", viaGateway.line());
                Bench.Result viaGatewayToken = Bench.run("via gateway, bearer token checked", REQUESTS, CLIENTS,
                        i -> Bench.request(gateway.url() + "/api/v1/surveys/scans", token).GET().build());
                Bench.report("gateway.txt", viaGatewayToken.line());
                if (nginx != null) {
                    Bench.Result viaNginx = Bench.run("via nginx " + nginxVersion(), REQUESTS, CLIENTS,
                            i -> Bench.request("http://127.0.0.1:" + nginxPort + path, null).GET().build());
                    Bench.report("gateway.txt", viaNginx.line());
                    Bench.report("gateway.txt", String.format("added p50 latency under load: gateway %.2f ms, gateway+token %.2f ms, nginx %.2f ms",
                            viaGateway.percentileMs(50) - direct.percentileMs(50),
                            viaGatewayToken.percentileMs(50) - direct.percentileMs(50),
                            viaNginx.percentileMs(50) - direct.percentileMs(50)));
                    // one client, one request at a time: the latency a single user adds by going through a proxy
                    Bench.Result d1 = Bench.run("backend directly, 1 client", 3000, 1, i -> Bench.request(backendUrl + path, null).GET().build());
                    Bench.Result g1 = Bench.run("via gateway, 1 client", 3000, 1, i -> Bench.request(gateway.url() + path, null).GET().build());
                    Bench.Result n1 = Bench.run("via nginx, 1 client", 3000, 1,
                            i -> Bench.request("http://127.0.0.1:" + nginxPort + path, null).GET().build());
                    Bench.report("gateway.txt", d1.line());
                    Bench.report("gateway.txt", g1.line());
                    Bench.report("gateway.txt", n1.line());
                    Bench.report("gateway.txt", String.format("added p50 latency, 1 client: gateway %.3f ms, nginx %.3f ms",
                            g1.percentileMs(50) - d1.percentileMs(50), n1.percentileMs(50) - d1.percentileMs(50)));
                } else {
                    Bench.report("gateway.txt", "nginx not available (scripts/ensure-nginx.sh installs it as root)");
                }
                Bench.report("gateway.txt", "gateway resident memory after the run: " + gateway.residentMb() + " MB");
            } finally {
                if (nginx != null) {
                    nginx.destroy();
                    nginx.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } finally {
            vertx.close();
        }
    }

    static int NGINX_PORT;

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
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", NGINX_PORT)) {
                return p;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        p.destroy();
        return null;
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
