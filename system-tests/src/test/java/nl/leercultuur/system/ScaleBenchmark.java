package nl.leercultuur.system;

import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 18's figure: answering and catalogue search with one replica of everything and with two of each (two
 * gateways, two of every service behind round robins), on this machine, side by side, with the CPU each process used
 * during each run. Both platforms share the machine's two cores and one PostgreSQL server, so the figure shows where a
 * second replica adds capacity and where the cores or PostgreSQL are the limit. Prints, asserts nothing on time.
 */
class ScaleBenchmark {

    static final List<String> QUERIES = List.of("leren", "feedback", "psychologische veiligheid", "teamleren", "reflectie",
            "coaching", "leiderschap", "intervisie");

    record Run(String name, Bench.Result result, Map<String, Double> cpu) {
    }

    /** A platform to measure: how many replicas of each, and where the gateways keep their limits. */
    record Setup(String label, int replicas, boolean sharedLimits) {
    }

    static final List<Setup> SETUPS = List.of(new Setup("1, limits in memory", 1, false),
            new Setup("1, limits in PostgreSQL", 1, true), new Setup("2 of each, shared", 2, true));

    @Test
    void oneReplicaAgainstTwoOfEach() throws Exception {
        int answers = Bench.size(3000, 100);
        int searches = Bench.size(3000, 100);
        int warmUp = Bench.size(1500, 50);
        Bench.report("scale.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores; " + OffsetDateTime.now()
                + "; services with the JVM options of deploy/helm/leercultuur/jvm.conf; one PostgreSQL server; load from this JVM, 32 clients spread over the gateways; "
                + warmUp + " warm-up requests of each kind first");
        Map<Setup, List<Run>> bySetup = new LinkedHashMap<>();
        // the smoke form runs beside the scale-out test on its platform of two of each: that setup only, no restart
        for (Setup setup : Bench.smoke() ? SETUPS.subList(SETUPS.size() - 1, SETUPS.size()) : SETUPS) {
            SystemUnderTest sys = SystemUnderTest.started(setup.replicas(), setup.sharedLimits());
            List<String> gateways = sys.replicas.get("gateway").stream().map(ServiceProcess::url).toList();
            String manager = TestTokens.orgManager(SurveyBenchmark.ORG);
            String scan = SurveyBenchmark.createOpenScan(sys, manager);
            List<String> codes = SurveyBenchmark.codes(sys, manager, scan, answers + warmUp);
            // warm-up (JIT) on every replica: the round robins spread these too
            Bench.run("warm-up", warmUp, 16, i -> SurveyBenchmark.submit(gateways.get(i % gateways.size()), codes.get(answers + i)));
            Bench.run("warm-up", warmUp, 16, i -> search(gateways.get(i % gateways.size()), i));
            List<Run> runs = new ArrayList<>();
            runs.add(measure(sys, "answering (POST /respond/{code})", () ->
                    Bench.run("answers", answers, 32, i -> SurveyBenchmark.submit(gateways.get(i % gateways.size()), codes.get(i)))));
            runs.add(measure(sys, "catalogue search (mixed queries)", () ->
                    Bench.run("searches", searches, 32, i -> search(gateways.get(i % gateways.size()), i))));
            for (Run r : runs) {
                if (r.result().errors() > 0) {
                    throw new AssertionError(r.name() + " on " + setup.label() + " failed: " + r.result().statuses());
                }
            }
            bySetup.put(setup, runs);
        }
        StringBuilder head = new StringBuilder(String.format("%-34s", "replicas"));
        List<Setup> measured = List.copyOf(bySetup.keySet());
        measured.forEach(x -> head.append(String.format(" | %26s", x.label())));
        Bench.report("scale.txt", head.toString());
        int kinds = bySetup.get(measured.get(0)).size();
        for (int i = 0; i < kinds; i++) {
            StringBuilder line = new StringBuilder(String.format("%-34s", bySetup.get(measured.get(0)).get(i).name()));
            for (Setup x : measured) {
                Bench.Result r = bySetup.get(x).get(i).result();
                line.append(String.format(" | %7.0f/s p99 %5.0f ms %4.1f c", r.perSecond(), r.percentileMs(99),
                        bySetup.get(x).get(i).cpu().values().stream().mapToDouble(Double::doubleValue).sum()
                                - bySetup.get(x).get(i).cpu().get("wall")));
            }
            Bench.report("scale.txt", line + "   (c: CPU seconds all processes used)");
        }
        for (int i = 0; i < kinds; i++) {
            Bench.report("scale.txt", "CPU ms per request during " + bySetup.get(measured.get(0)).get(i).name() + ":");
            for (Setup x : measured) {
                Run r = bySetup.get(x).get(i);
                Map<String, Double> perRequest = new LinkedHashMap<>();
                r.cpu().forEach((k, v) -> {
                    if (!k.equals("wall") && v >= 0.05) {
                        perRequest.put(k, Math.round(v * 1000 / r.result().requests() * 100) / 100.0);
                    }
                });
                Bench.report("scale.txt", String.format("  %-26s %s (wall %.1f s)", x.label(), perRequest, r.cpu().get("wall")));
            }
        }
    }

    static java.net.http.HttpRequest search(String gateway, int i) {
        String q = QUERIES.get(i % QUERIES.size());
        return Bench.request(gateway + "/api/v1/catalog/resources?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null)
                .GET().build();
    }

    /** Runs the load and notes the CPU each process of the platform, PostgreSQL and the load generator used meanwhile. */
    static Run measure(SystemUnderTest sys, String name, java.util.function.Supplier<Bench.Result> load) {
        Map<String, Double> before = cpu(sys);
        Bench.Result r = load.get();
        Map<String, Double> after = cpu(sys);
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((k, v) -> used.put(k, Math.round((v - before.getOrDefault(k, 0.0)) * 10) / 10.0));
        used.put("wall", Math.round(r.seconds() * 10) / 10.0);
        return new Run(name, r, used);
    }

    static Map<String, Double> cpu(SystemUnderTest sys) {
        Map<String, Double> m = new LinkedHashMap<>();
        sys.replicas.forEach((role, list) -> {
            for (int i = 0; i < list.size(); i++) {
                m.put(list.size() == 1 ? role : role + "-" + (i + 1), list.get(i).cpuSeconds());
            }
        });
        m.put("postgres", postgresCpuSeconds());
        m.put("load generator", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9);
        return m;
    }

    /**
     * Every PostgreSQL process's CPU, including backends that ended (their time is added to the postmaster's reaped
     * children's fields when they exit).
     */
    static double postgresCpuSeconds() {
        double total = 0;
        for (long pid : CoreSplit.postgresPids()) {
            try {
                total += ServiceProcess.cpuSecondsOf(pid, true);
            } catch (RuntimeException e) {
                // the process ended meanwhile
            }
        }
        return total;
    }
}
