package nl.leercultuur.system;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Load driver for the gateway's load suite: open-loop schedules (latency counted from each request's planned
 * start, so a stalled server cannot hide its queue), closed loops of N connections, and clients bound to a chosen
 * loopback address (127.0.0.2, 127.0.0.3, ...) so the gateway sees distinct client addresses.
 */
final class Load implements AutoCloseable {

    /** One request to send: method, path with query, optional JSON body and bearer token. */
    record Call(HttpMethod method, String path, String json, String token) {
        static Call get(String path) {
            return new Call(HttpMethod.GET, path, null, null);
        }

        static Call post(String path, String json) {
            return new Call(HttpMethod.POST, path, json, null);
        }
    }

    /**
     * What came back for one request: status (-1 = no answer), its time from the request's planned start, what a 503
     * said, and when that start was (nanoTime); and, to tell where the time went, how late after its planned start the
     * generator sent it and had a connection for it.
     */
    record Outcome(int status, long micros, boolean retryAfter, boolean circuitOpen, boolean problemJson, long planned,
                   long sentLateMicros, long connectedMicros) {
    }

    record Result(String name, double seconds, Outcome[] outcomes) {
        int count() {
            return outcomes.length;
        }

        long count(java.util.function.Predicate<Outcome> p) {
            return Arrays.stream(outcomes).filter(p).count();
        }

        long ok() {
            return count(o -> o.status >= 200 && o.status < 300);
        }

        double okShare() {
            return outcomes.length == 0 ? 0 : (double) ok() / outcomes.length;
        }

        double goodput() {
            return ok() / seconds;
        }

        double perSecond() {
            return outcomes.length / seconds;
        }

        double percentileMs(double p, java.util.function.Predicate<Outcome> which) {
            long[] l = Arrays.stream(outcomes).filter(which).mapToLong(Outcome::micros).sorted().toArray();
            if (l.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * l.length) - 1;
            return l[Math.max(0, Math.min(i, l.length - 1))] / 1000.0;
        }

        /**
         * Of {@code which}, the p-th percentile of the generator's own part: how late it sent them, and how late it had
         * a connection for them (both from the planned start). What is left of the answer time is the system's.
         */
        String generatorShare(double p, java.util.function.Predicate<Outcome> which) {
            long[] late = Arrays.stream(outcomes).filter(which).mapToLong(Outcome::sentLateMicros).sorted().toArray();
            long[] conn = Arrays.stream(outcomes).filter(which).mapToLong(Outcome::connectedMicros).sorted().toArray();
            if (late.length == 0) {
                return "none";
            }
            int i = Math.max(0, Math.min(late.length - 1, (int) Math.ceil(p / 100.0 * late.length) - 1));
            return String.format("p%.0f sent %.1f ms late, connection %.1f ms after the planned start", p, late[i] / 1000.0,
                    conn[i] / 1000.0);
        }

        /** The p-th percentile of {@code which} per second of the run, by planned start: where the slow ones were. */
        String percentileMsBySecond(double p, java.util.function.Predicate<Outcome> which) {
            long t0 = Arrays.stream(outcomes).mapToLong(Outcome::planned).min().orElse(0);
            int seconds = (int) Math.ceil(this.seconds);
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < seconds; s++) {
                long from = t0 + s * 1_000_000_000L;
                long to = from + 1_000_000_000L;
                Result second = new Result(name, 1, Arrays.stream(outcomes).filter(o -> o.planned >= from && o.planned < to).toArray(Outcome[]::new));
                double v = second.percentileMs(p, which);
                if (!Double.isNaN(v)) {
                    b.append(String.format(" %.0f", v));
                }
            }
            return b.toString().trim();
        }

        double percentileMs(double p) {
            return percentileMs(p, o -> o.status > 0);
        }

        Map<Integer, Long> statuses() {
            Map<Integer, Long> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                m.merge(o.status, 1L, Long::sum);
            }
            return m;
        }

        String line() {
            return String.format("%-58s %6d req %8.1f req/s, 2xx %6.2f%% (%.1f/s), p50 %6.1f ms, p99 %7.1f ms %s",
                    name, count(), perSecond(), 100 * okShare(), goodput(), percentileMs(50), percentileMs(99), statuses());
        }
    }

    private static final int LOOPS = 2;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(LOOPS));
    /** One event-loop context per loop (contexts created in turn land on the loops in turn). */
    private final io.vertx.core.Context[] contexts = new io.vertx.core.Context[LOOPS];
    private final String host;
    private final int port;

    Load(String baseUrl) {
        URI u = URI.create(baseUrl);
        this.host = u.getHost();
        this.port = u.getPort();
        for (int i = 0; i < LOOPS; i++) {
            contexts[i] = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
        }
    }

    /** A client whose connections come from {@code localAddress} (any 127.x.y.z works on Linux loopback). */
    HttpClient client(String localAddress, int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setLocalAddress(localAddress).setKeepAlive(true)
                        .setConnectTimeout(5000).setDefaultHost(host).setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** Requests at a fixed rate for a fixed time, whatever the answers; {@code calls.apply(i)} is the i-th request. */
    Result openLoop(String name, HttpClient client, double perSecond, Duration duration, IntFunction<Call> calls) {
        return openLoop(name, new HttpClient[]{client}, perSecond, duration, calls);
    }

    /**
     * The same, request i sent by {@code clients[i % clients.length]} (several client addresses). Each client sends on
     * an event loop context of its own, the generator's event loops taking them in turn: one thread sending and
     * reading thousands of requests a second, beside a backend that keeps both cores busy, fell behind its own
     * schedule by hundreds of milliseconds, and that lag was counted as the gateway's.
     */
    Result openLoop(String name, HttpClient[] clients, double perSecond, Duration duration, IntFunction<Call> calls) {
        int total = (int) Math.round(perSecond * duration.toMillis() / 1000.0);
        ConcurrentLinkedQueue<Outcome> out = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger answered = new AtomicInteger();
        long t0 = System.nanoTime();
        double intervalNanos = 1e9 / perSecond;
        int n = clients.length;
        for (int k = 0; k < n; k++) {
            int first = k;
            HttpClient client = clients[k];
            int[] next = {first};
            contexts[k % contexts.length].runOnContext(v -> vertx.setPeriodic(1, id -> {
                long now = System.nanoTime();
                int i;
                while ((i = next[0]) < total && t0 + (long) (i * intervalNanos) <= now) {
                    next[0] += n;
                    long planned = t0 + (long) (i * intervalNanos);
                    send(client, calls.apply(i), planned).onComplete(ar -> {
                        out.add(ar.result());
                        if (answered.incrementAndGet() == total) {
                            done.complete(null);
                        }
                    });
                }
                if (next[0] >= total) {
                    vertx.cancelTimer(id);
                }
            }));
        }
        await(done, duration.plusSeconds(30));
        return new Result(name, (System.nanoTime() - t0) / 1e9, out.toArray(new Outcome[0]));
    }

    /** {@code connections} clients each sending their next request as soon as the last is answered, for {@code duration}. */
    Result closedLoop(String name, HttpClient client, int connections, Duration duration, IntFunction<Call> calls) {
        return closedLoop(name, new HttpClient[]{client}, connections, duration, calls);
    }

    /** The same, connection c sending from {@code clients[c % clients.length]} (several client addresses). */
    Result closedLoop(String name, HttpClient[] clients, int connections, Duration duration, IntFunction<Call> calls) {
        ConcurrentLinkedQueue<Outcome> out = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger running = new AtomicInteger(connections);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        long end = t0 + duration.toNanos();
        for (int c = 0; c < connections; c++) {
            HttpClient client = clients[c % clients.length];
            vertx.runOnContext(v -> loop(client, calls, next, end, out, running, done));
        }
        await(done, duration.plusSeconds(30));
        return new Result(name, (System.nanoTime() - t0) / 1e9, out.toArray(new Outcome[0]));
    }

    /** A fixed number of requests from {@code connections} clients, as fast as they are answered. */
    Result count(String name, HttpClient client, int connections, int n, IntFunction<Call> calls) {
        ConcurrentLinkedQueue<Outcome> out = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger running = new AtomicInteger(connections);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            vertx.runOnContext(v -> countLoop(client, calls, next, n, out, running, done));
        }
        await(done, Duration.ofMinutes(5));
        return new Result(name, (System.nanoTime() - t0) / 1e9, out.toArray(new Outcome[0]));
    }

    private void loop(HttpClient client, IntFunction<Call> calls, AtomicInteger next, long end,
                      ConcurrentLinkedQueue<Outcome> out, AtomicInteger running, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        send(client, calls.apply(next.getAndIncrement()), System.nanoTime()).onComplete(ar -> {
            out.add(ar.result());
            loop(client, calls, next, end, out, running, done);
        });
    }

    private void countLoop(HttpClient client, IntFunction<Call> calls, AtomicInteger next, int n,
                           ConcurrentLinkedQueue<Outcome> out, AtomicInteger running, CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        if (i >= n) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        send(client, calls.apply(i), System.nanoTime()).onComplete(ar -> {
            out.add(ar.result());
            countLoop(client, calls, next, n, out, running, done);
        });
    }

    private Future<Outcome> send(HttpClient client, Call call, long planned) {
        long sentLate = (System.nanoTime() - planned) / 1000;
        long[] connected = {-1};
        RequestOptions o = new RequestOptions().setMethod(call.method()).setURI(call.path()).setTimeout(15_000);
        if (call.token() != null) {
            o.putHeader("Authorization", "Bearer " + call.token());
        }
        if (call.json() != null) {
            o.putHeader("Content-Type", "application/json");
        }
        return client.request(o)
                .compose(req -> {
                    connected[0] = (System.nanoTime() - planned) / 1000;
                    return call.json() == null ? req.send() : req.send(Buffer.buffer(call.json()));
                })
                .compose(resp -> resp.body().map(body -> {
                    long micros = (System.nanoTime() - planned) / 1000;
                    String type = String.valueOf(resp.getHeader("Content-Type"));
                    return new Outcome(resp.statusCode(), micros, resp.getHeader("Retry-After") != null,
                            resp.statusCode() == 503 && body.toString(StandardCharsets.UTF_8).contains("circuit open"),
                            type.startsWith("application/problem+json"),
                            planned, sentLate, connected[0]);
                }))
                .otherwise(err -> new Outcome(-1, (System.nanoTime() - planned) / 1000, false, false, false, planned, sentLate, connected[0]));
    }

    /**
     * Requests the client abandons: sent from {@code localAddress} in waves of ten at once, and after 1–5 ms the
     * connection is closed (half of them with a reset), as a phone losing signal, a browser navigating away or htmx
     * cancelling a superseded request would.
     */
    int abandon(String localAddress, String path, int n) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> waves = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                waves.add(pool.submit(() -> {
                    try (Socket s = new Socket()) {
                        s.bind(new InetSocketAddress(localAddress, 0));
                        s.connect(new InetSocketAddress(host, port), 2000);
                        OutputStream os = s.getOutputStream();
                        os.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        os.flush();
                        sent.incrementAndGet();
                        TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(1000, 5000));
                        if (k % 2 == 0) {
                            s.setSoLinger(true, 0); // RST instead of FIN
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> w : waves) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return sent.get();
    }

    /** Sleeps while the gateway and backends settle (a figure taken right after a storm would measure the storm). */
    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the machine has had a quiet second (at most {@code busyShare} of its cores busy: PostgreSQL's
     * autovacuum and checkpoints after a batch of writes, a service's background work), at most {@code max}; returns
     * what it saw, for the report. A scenario that starts on a machine still busy with the previous one's aftermath
     * would measure that.
     */
    static String awaitQuietMachine(double busyShare, Duration max) {
        long start = System.nanoTime();
        long[] before = cpuJiffies();
        double share = 1;
        while (System.nanoTime() - start < max.toNanos()) {
            pause(Duration.ofSeconds(1));
            long[] now = cpuJiffies();
            share = (double) (now[0] - before[0]) / Math.max(1, now[1] - before[1]);
            before = now;
            if (share <= busyShare) {
                break;
            }
        }
        return String.format(java.util.Locale.ROOT, "the machine %.0f %% busy in the last second, after %.1f s of waiting for a quiet one",
                100 * share, (System.nanoTime() - start) / 1e9);
    }

    /** {busy, total} jiffies of all cores since boot (/proc/stat; busy is all but idle and iowait). */
    private static long[] cpuJiffies() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CompletableFuture<Void> f, Duration max) {
        try {
            f.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("load run did not finish in " + max, e);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
