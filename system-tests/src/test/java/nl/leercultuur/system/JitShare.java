package nl.leercultuur.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.IntFunction;

import nl.leercultuur.testkit.ServiceProcess;

/**
 * How much of some services' CPU went to their JIT compilers over a stretch of a run: it tells a JVM still warming up
 * from one in the steady state a platform in service is in. C2 compiles a method after some 10,000 calls, and a
 * service as large as survey-service (Hibernate, Narayana, Agroal, Netty) keeps compiling for tens of thousands of
 * requests: after 3,000 answers the gateway still spent 47 % of its CPU in its compilers, after 20,000 36 %
 * (2026-12-01). A benchmark or load test that compares two paths warms until this share is small on both.
 */
final class JitShare {

    /** At most this share of each process's CPU in its compilers: warm. */
    static final double QUIET = 0.05;

    /**
     * The JVM these tests run in: the load generator (and a backend a test serves itself). Cold, it sends late and
     * serves slowly: a worker-bound backend in it gave 0.65-0.73 of its own maximum during the first storm of a run
     * and 1.00-1.02 during the next three (2026-12-01), through the same warmed gateway.
     */
    static final String THIS_JVM = "load generator (this JVM)";

    /** name → process id. */
    private final Map<String, Long> processes;
    /** name → {CPU seconds, JIT CPU seconds} when measuring started. */
    private final Map<String, double[]> atStart = new LinkedHashMap<>();

    private JitShare(Map<String, Long> processes) {
        this.processes = new TreeMap<>(processes); // reported in the order of their names
        this.processes.forEach((name, pid) -> atStart.put(name, new double[] {ServiceProcess.cpuSecondsOf(pid),
                ServiceProcess.jitCpuSecondsOf(pid)}));
    }

    /** From now on, for the processes named. */
    static JitShare start(Map<String, ServiceProcess> processes) {
        return new JitShare(pids(processes, false));
    }

    /** The processes' ids by name, with {@code withThisJvm} also {@link #THIS_JVM}'s. */
    static Map<String, Long> pids(Map<String, ServiceProcess> processes, boolean withThisJvm) {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((name, p) -> pids.put(name, p.pid()));
        if (withThisJvm) {
            pids.put(THIS_JVM, ProcessHandle.current().pid());
        }
        return pids;
    }

    /** The CPU each process used since {@link #start}, and how much of it its compilers took. */
    Used stop() {
        Map<String, double[]> used = new LinkedHashMap<>();
        processes.forEach((name, pid) -> {
            double[] at = atStart.get(name);
            used.put(name, new double[] {ServiceProcess.cpuSecondsOf(pid) - at[0], ServiceProcess.jitCpuSecondsOf(pid) - at[1]});
        });
        return new Used(used);
    }

    /** name → {CPU seconds, of which in the JIT compilers}, over one stretch of the run. */
    record Used(Map<String, double[]> seconds) {

        boolean quiet() {
            return seconds.values().stream().allMatch(s -> s[1] <= QUIET * s[0]);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ", "JIT compilers: ", "");
            seconds.forEach((name, s) -> j.add(String.format(Locale.ROOT, "%s %.1f of %.1f CPU s (%.0f %%)", name, s[1], s[0],
                    100 * s[1] / Math.max(s[0], 1e-9))));
            return j.toString();
        }
    }

    /**
     * Runs warm-up rounds until the compilers of the processes ({@link #pids}) are quiet during one, at most {@code maxRounds}; each round
     * (numbered from 1) returns what it did, reported with its JIT share.
     */
    static void warmUntilQuiet(String report, Map<String, Long> processes, int maxRounds, IntFunction<String> round) {
        for (int r = 1; r <= maxRounds; r++) {
            JitShare measuring = new JitShare(processes);
            String did = round.apply(r);
            Used jit = measuring.stop();
            Bench.report(report, String.format(Locale.ROOT, "warm-up %d: %s; %s", r, did, jit));
            if (jit.quiet()) {
                return;
            }
        }
        Bench.report(report, "warm-up: the compilers were still busy after " + (maxRounds == 1 ? "its one round" : maxRounds + " rounds"));
    }
}
