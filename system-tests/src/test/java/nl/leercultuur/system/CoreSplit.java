package nl.leercultuur.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine's cores split between a backend and its callers for the length of a measurement, with {@code taskset}:
 * the backend's processes (a service and its PostgreSQL) on the upper half, the callers (the load generator, the
 * gateway) on the lower half. On a machine where everything shares two cores, a backend's capacity is otherwise not
 * its own: whatever the load generator and the gateway spend sending and refusing a storm is taken from the backend,
 * so "goodput against the backend's own maximum" would measure the generator. Split, the backend has the same core
 * when measured straight and during the storm, as it would on a node of its own. Every process gets all cores back on
 * {@link #close()}. With fewer than two cores (or no taskset) nothing is split and {@link #active()} says so.
 */
final class CoreSplit implements AutoCloseable {

    private final List<Long> pinned = new ArrayList<>();
    private final String all;
    private final String back;
    private final String front;
    private final boolean active;

    private CoreSplit(List<Long> backend, List<Long> callers) {
        int n = Runtime.getRuntime().availableProcessors();
        all = "0-" + (n - 1);
        front = n / 2 <= 1 ? "0" : "0-" + (n / 2 - 1);
        back = n / 2 == n - 1 ? String.valueOf(n - 1) : (n / 2) + "-" + (n - 1);
        boolean ok = n >= 2;
        for (Long pid : backend) {
            ok = ok && pin(pid, back);
        }
        for (Long pid : callers) {
            ok = ok && pin(pid, front);
        }
        active = ok;
        if (!ok) {
            close();
        }
    }

    /** {@code backend} (and every PostgreSQL process, when {@code withPostgres}) on the upper cores, {@code callers} on the lower. */
    static CoreSplit of(List<Long> backend, boolean withPostgres, List<Long> callers) {
        List<Long> b = new ArrayList<>(backend);
        if (withPostgres) {
            b.addAll(postgresPids()); // the postmaster too: backends forked later inherit its cores
        }
        return new CoreSplit(b, callers);
    }

    boolean active() {
        return active;
    }

    /** As printed beside a figure: which cores went where. */
    String describe() {
        return active ? "backend on core(s) " + back + ", load generator and gateway on core(s) " + front : "cores not split";
    }

    /** False when the process is there and could not be moved; one that ended meanwhile (a PostgreSQL backend) is no failure. */
    private boolean pin(long pid, String cores) {
        boolean ok = taskset(pid, cores);
        if (ok) {
            pinned.add(pid);
        }
        return ok || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** Every thread of {@code pid} on {@code cores}; false when it could not be done. */
    private static boolean taskset(long pid, String cores) {
        return Commands.succeeds(new ProcessBuilder("taskset", "-a", "-p", "-c", cores, String.valueOf(pid))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD));
    }

    @Override
    public void close() {
        pinned.forEach(pid -> taskset(pid, all));
        // PostgreSQL backends forked meanwhile inherited the postmaster's cores
        postgresPids().forEach(pid -> taskset(pid, all));
        pinned.clear();
    }

    /** The ids of every running PostgreSQL process (the postmaster, its backends and helpers). */
    static List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(x -> x.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith("postgres")) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return pids;
    }
}
