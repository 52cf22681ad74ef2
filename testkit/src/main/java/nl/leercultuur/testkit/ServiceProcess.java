package nl.leercultuur.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One built service (its {@code target/quarkus-app/quarkus-run.jar}) started as a separate JVM, the way it runs
 * in production, for system tests and benchmarks. Output goes to a log file; {@link #awaitReady} polls
 * {@code /q/health/ready}.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> env;
    private volatile Process process;
    private final Path log;
    private final long startedNanos;

    private ServiceProcess(String name, int port, List<String> command, Map<String, String> env, Process process, Path log,
                           long startedNanos) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.env = env;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
        // a process never outlives the test JVM, also when whoever started it failed before it could close it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = this.process;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }, "stop-" + name));
    }

    /**
     * Starts {@code <moduleDir>/target/quarkus-app/quarkus-run.jar} on a free port with the given config as system
     * properties.
     */
    public static ServiceProcess start(String name, Path moduleDir, Map<String, String> config, Path logDir, String... jvmArgs) {
        return start(name, moduleDir, config, logDir, Map.of(), jvmArgs);
    }

    /** As {@link #start(String, Path, Map, Path, String...)}, with environment variables added to this JVM's. */
    public static ServiceProcess start(String name, Path moduleDir, Map<String, String> config, Path logDir, Map<String, String> env,
                                       String... jvmArgs) {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the modules first (./mvnw package)");
        }
        int port = config.containsKey("quarkus.http.port") ? Integer.parseInt(config.get("quarkus.http.port")) : freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmArgs));
        if (!config.containsKey("quarkus.http.port")) {
            cmd.add("-Dquarkus.http.port=" + port);
        }
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        try {
            Files.createDirectories(logDir);
            return launch(name, port, cmd, Map.copyOf(env), logDir.resolve(name + ".log").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceProcess launch(String name, int port, List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(appDir(cmd));
        b.environment().putAll(env);
        long started = System.nanoTime();
        return new ServiceProcess(name, port, cmd, env, b.start(), log, started);
    }

    /**
     * The working directory of a service: its quarkus-app directory, as in the image (WORKDIR /deployments) and in
     * ./stack; an AppCDS archive ({@code -XX:SharedArchiveFile=app-cds.jsa}) names the jar relative to it.
     */
    private static java.io.File appDir(List<String> cmd) {
        return Path.of(cmd.get(cmd.indexOf("-jar") + 1)).toAbsolutePath().getParent().toFile();
    }

    /**
     * Another process of the same service, with the same JVM options, environment and configuration, on a port of its
     * own and with {@code overrides} in place of those settings (a second instance started alone, for the startup
     * benchmark). Its log is {@code <logs of this one>/<name>.log}.
     */
    public ServiceProcess another(String name, Map<String, String> overrides) {
        int newPort = freePort();
        Map<String, String> set = new java.util.HashMap<>(overrides);
        set.put("quarkus.http.port", String.valueOf(newPort));
        List<String> cmd = new ArrayList<>();
        for (String a : command) {
            if (a.equals("-jar")) {
                set.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
            }
            if (a.startsWith("-D") && a.indexOf('=') > 0 && set.containsKey(a.substring(2, a.indexOf('=')))) {
                continue;
            }
            cmd.add(a);
        }
        try {
            return launch(name, newPort, cmd, env, log.resolveSibling(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link System#nanoTime()} just before the process was started (its first start; {@link #restart} does not move it). */
    public long startedNanos() {
        return startedNanos;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the service reports ready; fails with the tail of its log when it dies or takes too long. */
    public ServiceProcess awaitReady(Duration timeout) {
        return awaitReady(timeout, Duration.ofMillis(200));
    }

    /** As {@link #awaitReady(Duration)}, polling every {@code poll} (the startup benchmark: 20 ms). */
    public ServiceProcess awaitReady(Duration timeout, Duration poll) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(poll.toMillis());
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    /** Resident memory of the process in MB (Linux), for benchmark reports. */
    public long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time (user + system) the process has used so far, in seconds (Linux), for benchmark reports. */
    public double cpuSeconds() {
        return cpuSecondsOf(process.pid());
    }

    /** CPU time (user + system) of any process, in seconds; 0 when it is gone. */
    public static double cpuSecondsOf(long pid) {
        return cpuSecondsOf(pid, false);
    }

    /**
     * CPU time of a process in seconds, with {@code reapedChildren} also that of its children that ended (a
     * PostgreSQL server's finished backends); 0 when it is gone.
     */
    public static double cpuSecondsOf(long pid, boolean reapedChildren) {
        return statCpuSeconds(Path.of("/proc/" + pid + "/stat"), reapedChildren);
    }

    /**
     * CPU time the JVM's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread0"…) have used so far, in
     * seconds: whether code is still being compiled, so a benchmark can tell a warmed-up JVM from one still warming.
     */
    public double jitCpuSeconds() {
        return jitCpuSecondsOf(process.pid());
    }

    /** The CPU time of any JVM's JIT compiler threads, in seconds (the test's own: {@code ProcessHandle.current().pid()}); 0 when gone. */
    public static double jitCpuSecondsOf(long pid) {
        double total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(t.resolve("comm")).trim();
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    total += statCpuSeconds(t.resolve("stat"), false);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        return total;
    }

    /** utime + stime (and with {@code reapedChildren} cutime + cstime) of a /proc stat file, in seconds; 0 when gone. */
    private static double statCpuSeconds(Path statFile, boolean reapedChildren) {
        try {
            String stat = Files.readString(statFile);
            // fields after the command name (which may hold spaces) in parentheses: utime is the 14th, stime the
            // 15th, cutime and cstime the 16th and 17th
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12])
                    + (reapedChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port free now and never handed out before in this JVM: a port is only bound when its process starts, so
     * without the second condition two processes started one after the other could be given the same one (and a
     * readiness probe on it would then be answered by the wrong process).
     */
    public static int freePort() {
        // below Linux's ephemeral range (32768-60999): a port the kernel hands to an outgoing connection (a Kafka or
        // database client) between this check and the service's own bind cannot take it from the service
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new java.net.InetSocketAddress(port));
            } catch (IOException e) {
                continue; // in use
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port not handed out before");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: the process ends at once, as in a crash or an OOM kill; nothing is flushed or closed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same service started again on the same port with the same configuration (its log continues). */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            kill();
        }
        try {
            ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .directory(appDir(command));
            b.environment().putAll(env);
            process = b.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** SIGSTOP / SIGCONT: the process stops answering without closing a connection (a hang), then goes on. */
    public void suspend() {
        signal("-STOP");
    }

    public void resume() {
        signal("-CONT");
    }

    private void signal(String sig) {
        try {
            new ProcessBuilder("kill", sig, String.valueOf(process.pid())).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        resume(); // a suspended process does not act on SIGTERM
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
