package nl.leercultuur.system;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;

import java.util.Locale;
import java.util.Set;

/**
 * Not a product: the least a reverse proxy on Vert.x (the gateway's HTTP layer) does per request, as a reference for
 * {@link GatewayBenchmark}. One server and one pooled client per event loop, as many event loops as Quarkus starts
 * (two per core); the request's method, URI and end-to-end headers sent on, the answer relayed. No routing table,
 * security, limits, admission, circuit, metrics or log. What it reaches against nginx on the same machine is what a JVM
 * proxy built on Vert.x can reach there at best; what the gateway reaches against it is the cost of what the gateway
 * does on top.
 * <p>
 * Started as a process of its own, with the gateway's JVM options ({@link #start}): {@code BareVertxProxy <port> <backend port>}.
 * {@link GatewayLoadIT} puts it beside the gateway on a real route too (the catalogue's search).
 */
public class BareVertxProxy extends AbstractVerticle {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "te", "trailer", "transfer-encoding",
            "upgrade", "proxy-connection");

    private final int port;
    private final int backendPort;

    BareVertxProxy(int port, int backendPort) {
        this.port = port;
        this.backendPort = backendPort;
    }

    @Override
    public void start(Promise<Void> started) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setDefaultHost("127.0.0.1").setDefaultPort(backendPort), new PoolOptions().setHttp1MaxSize(32));
        vertx.createHttpServer().requestHandler(req -> forward(client, req))
                .listen(port, "127.0.0.1").<Void>mapEmpty().onComplete(started);
    }

    private static void forward(HttpClient client, HttpServerRequest req) {
        req.pause();
        client.request(req.method(), req.uri()).onComplete(opened -> {
            if (opened.failed()) {
                req.response().setStatusCode(502).end();
                return;
            }
            endToEnd(req.headers(), opened.result().headers());
            opened.result().headers().set("X-Forwarded-For", req.remoteAddress().hostAddress());
            boolean hasBody = req.headers().contains("Content-Length") || req.headers().contains("Transfer-Encoding");
            if (!hasBody) {
                req.resume();
            }
            (hasBody ? opened.result().send(req) : opened.result().send()).onComplete(answered -> {
                if (answered.failed()) {
                    req.response().setStatusCode(502).end();
                    return;
                }
                req.response().setStatusCode(answered.result().statusCode());
                endToEnd(answered.result().headers(), req.response().headers());
                answered.result().pipeTo(req.response());
            });
        });
    }

    private static void endToEnd(MultiMap from, MultiMap to) {
        from.forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                to.add(h.getKey(), h.getValue());
            }
        });
    }

    /**
     * As a process of its own on {@code port}, with the gateway's JVM options less its AppCDS archive (which is the
     * gateway's), logging to {@code logs}/bare-vertx-proxy.log; null when it does not listen within 10 s, said in the
     * benchmark report {@code report}.
     */
    static Process start(int port, int backendPort, String[] gatewayJvmOptions, java.nio.file.Path logs, String report)
            throws java.io.IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : gatewayJvmOptions) {
            if (!option.startsWith("-XX:SharedArchiveFile=")) {
                command.add(option);
            }
        }
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), BareVertxProxy.class.getName(),
                String.valueOf(port), String.valueOf(backendPort)));
        java.nio.file.Files.createDirectories(logs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve("bare-vertx-proxy.log").toFile()).start();
        if (GatewayBenchmark.listening(p, port, 10)) {
            return p;
        }
        Bench.report(report, "the bare Vert.x proxy did not start (" + logs.resolve("bare-vertx-proxy.log") + "): no reference");
        return null;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int backendPort = Integer.parseInt(args[1]);
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareVertxProxy(port, backendPort), new DeploymentOptions().setInstances(loops))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }
}
