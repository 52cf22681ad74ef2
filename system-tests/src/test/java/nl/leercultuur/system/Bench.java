package nl.leercultuur.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Small load driver for the benchmarks: N requests from C concurrent clients, with latency percentiles. */
final class Bench {

    record Result(String name, int requests, int errors, double seconds, long[] latenciesMicros, Map<Integer, Integer> statuses) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(i, latenciesMicros.length - 1))] / 1000.0;
        }

        String line() {
            return String.format("%-44s %7d req  %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d %s",
                    name, requests, perSecond(), percentileMs(50), percentileMs(95), percentileMs(99), errors, statuses);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();

    private Bench() {
    }

    /** Sends {@code requests.apply(i)} for i in [0, n) from {@code clients} threads; 2xx counts as success. */
    static Result run(String name, int n, int clients, IntFunction<HttpRequest> requests) {
        long[] lat = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    long s = System.nanoTime();
                    int status;
                    try {
                        status = HTTP.send(requests.apply(i), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    lat[i] = (System.nanoTime() - s) / 1000;
                    statuses.merge(status, 1, Integer::sum);
                    if (status < 200 || status > 299) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = lat.clone();
        Arrays.sort(sorted);
        return new Result(name, n, errors.get(), secs, sorted, statuses);
    }

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Prints a figure and appends it to target/benchmarks/&lt;file&gt;, so a run leaves its numbers behind. */
    static void report(String file, String line) {
        System.out.println("[benchmark] " + line);
        try {
            Path dir = Path.of(System.getProperty("user.dir"), "target", "benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int scale() {
        return Integer.parseInt(System.getProperty("bench.scale", "1"));
    }

    /**
     * The smoke form of the benchmarks, in every {@code ./mvnw verify} (the default execution, after the journeys:
     * {@link SuiteOrder}): tiny sizes and seconds, so that none of them can rot; their figures mean nothing and the
     * table says so.
     */
    static boolean smoke() {
        return Boolean.getBoolean("bench.smoke");
    }

    /** {@code full} (times {@link #scale()}) in a benchmark run, {@code smoke} in the smoke form. */
    static int size(int full, int smoke) {
        return smoke() ? smoke : full * scale();
    }
}
