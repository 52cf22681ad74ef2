package nl.leercultuur.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.List;

/**
 * A real HTTP server on 127.0.0.1 standing in for another service in tests: canned JSON answers by path,
 * a switch to make it hang or fail, and a log of the requests it saw (with their Authorization header).
 */
public final class StubHttpServer implements AutoCloseable {

    public record Seen(String method, String path, String authorization) {
    }

    public record Canned(int status, String body, long delayMs) {
    }

    private final HttpServer server;
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile long delayMs;
    private volatile Integer failWith;

    public StubHttpServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public StubHttpServer answer(String path, int status, String json) {
        answers.put(path, new Canned(status, json, 0));
        return this;
    }

    /** Answers this path only after a delay: a backend that is slow for one resource. */
    public StubHttpServer answerSlowly(String path, long delayMs, int status, String json) {
        answers.put(path, new Canned(status, json, delayMs));
        return this;
    }

    /** Every request waits this long before answering (0 = no delay). */
    public void delay(long ms) {
        this.delayMs = ms;
    }

    /** Every request fails with this status (null = answer normally). */
    public void failWith(Integer status) {
        this.failWith = status;
    }

    public List<Seen> seen() {
        return seen;
    }

    public void reset() {
        delayMs = 0;
        failWith = null;
        seen.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery();
        seen.add(new Seen(ex.getRequestMethod(), path + (query == null ? "" : "?" + query),
                ex.getRequestHeaders().getFirst("Authorization")));
        if (path.endsWith("/echo")) {
            // Echo: method, selected headers and the body as received, to check what a proxy forwarded.
            byte[] in = ex.getRequestBody().readAllBytes();
            String reqId = ex.getRequestHeaders().getFirst("X-Request-Id");
            ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
            ex.getResponseHeaders().add("X-Echo-Method", ex.getRequestMethod());
            ex.getResponseHeaders().add("X-Echo-Request-Id", reqId == null ? "" : reqId);
            String fwd = ex.getRequestHeaders().getFirst("X-Forwarded-For");
            ex.getResponseHeaders().add("X-Echo-Forwarded-For", fwd == null ? "" : fwd);
            // every traceparent received, comma-separated: a proxy must send exactly one
            java.util.List<String> trace = ex.getRequestHeaders().get("traceparent");
            ex.getResponseHeaders().add("X-Echo-Traceparent", trace == null ? "" : String.join(",", trace));
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            ex.getResponseHeaders().add("X-Echo-Authorization", auth == null ? "" : "present");
            String status = ex.getRequestHeaders().getFirst("X-Echo-Status");
            ex.sendResponseHeaders(status == null ? 200 : Integer.parseInt(status), in.length == 0 ? -1 : in.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(in);
            }
            return;
        }
        Canned c = failWith != null ? new Canned(failWith, "{\"status\":" + failWith + "}", 0)
                : answers.get(path + (query == null ? "" : "?" + query));
        if (c == null && failWith == null) {
            c = answers.get(path);
        }
        if (c == null) {
            c = new Canned(404, "{\"status\":404,\"title\":\"Not Found\"}", 0);
        }
        long wait = delayMs + c.delayMs();
        try {
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", c.status() >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(c.status(), body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
