package nl.leercultuur.system;

import nl.leercultuur.testkit.JvmOptions;
import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 19's start and memory targets: each service ready within 3 s of its process starting when it starts alone,
 * and at most 200 MB resident after the demo journey, with the JVM options the stack and the chart use (one file,
 * deploy/helm/leercultuur/jvm.conf, which {@link SystemUnderTest} reads too).
 * <p>
 * Started alone: with the platform up (its databases, Kafka and the other services, as a rolling update finds them) and
 * quiet, one more process of a service is started with exactly the configuration of the running one, on a port of its
 * own, and the time from starting the process to its first {@code /q/health/ready} 200 is taken (polled every 20 ms);
 * then it is stopped and the next is started. Three runs each, the median counts (one in the smoke form). Then the demo
 * journey runs against the platform — a scan answered and closed, its profile in analytics, catalogue searches, network
 * reads, the public pages — and the resident memory of each of the platform's processes is read.
 */
class StartupBenchmark {

    /** The platform's processes by module, in the order of the table. */
    private static Map<String, ServiceProcess> processes(SystemUnderTest sys) {
        Map<String, ServiceProcess> m = new LinkedHashMap<>();
        m.put("survey-service", sys.survey);
        m.put("network-service", sys.network);
        m.put("resource-catalog-service", sys.catalog);
        m.put("analytics-service", sys.analytics);
        m.put("gateway", sys.gateway);
        m.put("web", sys.web);
        return m;
    }

    @Test
    void readyWhenStartedAloneAndResidentMemoryAfterTheDemo() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        Map<String, ServiceProcess> platform = processes(sys);
        JvmOptions jvm = JvmOptions.load(Path.of(System.getProperty("user.dir")).getParent());
        Bench.report("startup.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; JVM options of " + System.getProperty("jvm.conf", JvmOptions.FILE) + "; " + OffsetDateTime.now());
        int runs = Bench.smoke() ? 1 : 3;

        for (Map.Entry<String, ServiceProcess> e : platform.entrySet()) {
            String s = e.getKey();
            double[] secs = new double[runs];
            double busy = 0;
            for (int run = 0; run < runs; run++) {
                quiet(platform.values());
                long[] cpu0 = machineCpu();
                try (ServiceProcess alone = e.getValue().another(s + "-alone-" + (run + 1), Map.of())) {
                    alone.awaitReady(Duration.ofSeconds(60), Duration.ofMillis(20));
                    secs[run] = (System.nanoTime() - alone.startedNanos()) / 1e9;
                }
                long[] cpu1 = machineCpu();
                busy += (double) (cpu1[0] - cpu0[0]) / Math.max(1, cpu1[1] - cpu0[1]) / runs;
            }
            double[] sorted = secs.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            String options = options(jvm, s);
            Bench.report("startup.txt", String.format("%-26s ready alone: median %.2f s of %s (machine %.0f %% busy meanwhile: the start "
                    + "itself and anything else on it)   %s", s, median, Arrays.toString(secs).replaceAll("(\\.\\d\\d)\\d+", "$1"),
                    100 * busy, options));
            Targets.atMost(s + " ready, started alone", median, 3, " s", "process start → /q/health/ready 200 (polled every 20 ms), "
                    + "median of " + runs + ", the rest of the platform up and quiet; " + options);
        }

        demoJourney(sys);

        for (Map.Entry<String, ServiceProcess> e : platform.entrySet()) {
            String s = e.getKey();
            long rss = e.getValue().residentMb();
            String options = options(jvm, s);
            Bench.report("startup.txt", String.format("%-26s RSS after the demo journey %4d MB   %s", s, rss, options));
            Targets.atMost(s + " RSS after the demo journey", rss, 200, " MB", "VmRSS after a scan answered (" + answers()
                    + " answers) and closed, its analytics profile, catalogue searches, network reads and the public pages; " + options);
        }
    }

    private static String options(JvmOptions jvm, String module) {
        return String.join(" ", jvm.of(module));
    }

    /** The machine's busy and total CPU time so far, in clock ticks (the first line of /proc/stat). */
    private static long[] machineCpu() {
        try {
            String[] f = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /**
     * Waits (at most 20 s) until the platform's processes together use less than a tenth of a core; not in the smoke
     * form, whose figures mean nothing anyway.
     */
    private static void quiet(Iterable<ServiceProcess> processes) throws InterruptedException {
        if (Bench.smoke()) {
            return;
        }
        long end = System.nanoTime() + 20_000_000_000L;
        double before = cpu(processes);
        while (System.nanoTime() < end) {
            Thread.sleep(500);
            double now = cpu(processes);
            if (now - before < 0.05) {
                return;
            }
            before = now;
        }
    }

    private static double cpu(Iterable<ServiceProcess> processes) {
        double sum = 0;
        for (ServiceProcess p : processes) {
            sum += p.cpuSeconds();
        }
        return sum;
    }

    private static int answers() {
        return Bench.size(200, 5);
    }

    /** The demo journey, through the gateway: what a visit to the platform touches in every service. */
    private static void demoJourney(SystemUnderTest sys) throws Exception {
        String gw = sys.gatewayUrl();
        String manager = TestTokens.orgManager(SurveyBenchmark.ORG);
        String admin = TestTokens.admin();
        // survey: a scan opened, answered and closed, its results read
        String scan = SurveyBenchmark.createOpenScan(sys, manager);
        List<String> codes = SurveyBenchmark.codes(sys, manager, scan, answers() + 1);
        Bench.Result answered = Bench.run("answers", answers(), Bench.smoke() ? 2 : 8, i -> SurveyBenchmark.submit(gw, codes.get(i)));
        SurveyBenchmark.post(gw + "/api/v1/surveys/scans/" + scan + "/close", manager, null, 200);
        SurveyBenchmark.get(gw + "/api/v1/surveys/scans/" + scan + "/results", manager);
        // analytics: the closed scan's profile once the event is through, and the region's overview
        long t0 = System.nanoTime();
        while (Bench.HTTP.send(Bench.request(gw + "/api/v1/analytics/scans/" + scan + "/profile", manager).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() - t0 > 30_000_000_000L) {
                throw new AssertionError("profile of " + scan + " not visible in analytics after 30 s");
            }
            Thread.sleep(20);
        }
        List<Bench.Result> reads = new ArrayList<>();
        reads.add(answered);
        int n = Bench.size(50, 2);
        reads.add(Bench.run("analytics profile", n, 2, i -> Bench.request(gw + "/api/v1/analytics/scans/" + scan + "/profile", manager).GET().build()));
        reads.add(Bench.run("analytics overview", n, 2, i -> Bench.request(gw + "/api/v1/analytics/region/overview", admin).GET().build()));
        // catalogue: the benchmark's query mix
        reads.add(Bench.run("catalogue search", Bench.size(240, CatalogueBenchmark.QUERIES.size()), 4, i -> Bench.request(gw
                + "/api/v1/catalog/resources?" + CatalogueBenchmark.encode(CatalogueBenchmark.QUERIES.get(i % CatalogueBenchmark.QUERIES.size())), null)
                .GET().build()));
        // network: the networks and the organisations
        reads.add(Bench.run("networks", n, 2, i -> Bench.request(gw + "/api/v1/networks", admin).GET().build()));
        reads.add(Bench.run("organisations", n, 2, i -> Bench.request(gw + "/api/v1/organisations", admin).GET().build()));
        reads.add(Bench.run("organisation", n, 2, i -> Bench.request(gw + "/api/v1/organisations/" + SurveyBenchmark.ORG, admin).GET().build()));
        // web: the public pages (start page, catalogue, a search, the answer page of an unused code)
        List<String> pages = List.of("/", "/catalogus", "/catalogus?q=leren", "/respond?code=" + codes.get(answers()));
        reads.add(Bench.run("pages", Bench.size(40, pages.size()), 2, i -> Bench.request(gw + pages.get(i % pages.size()), null).GET().build()));
        List<String> failed = new ArrayList<>();
        for (Bench.Result r : reads) {
            // a page may redirect (the answer page of a code); an error is what a client could not use
            if (r.statuses().keySet().stream().anyMatch(status -> status < 200 || status >= 400)) {
                failed.add(r.name() + " " + r.statuses());
            }
        }
        if (!failed.isEmpty()) {
            throw new AssertionError("demo journey failed: " + failed);
        }
    }
}
