package nl.leercultuur.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway's image, built without a Docker daemon by {@code deploy/images/build.sh}, loaded into a podman storage of
 * the test's own and started the way the Helm chart runs it: a read-only root filesystem with a writable {@code /tmp}
 * only, the chart's user ({@code podSecurity.runAsUser}/{@code runAsGroup}), its memory limit, no capabilities, no
 * privilege escalation. The gateway needs no database; with no backend reachable its readiness reports them DOWN but
 * stays UP (deploy/README.md, Decisions), so {@code /q/health/ready} is what the test waits for, at most 120 s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayImageTest {

    static final String SERVICE = "gateway";
    static final Duration READY_WITHIN = Duration.ofSeconds(120);
    static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode values;
    static String appVersion;
    static Path archive;
    static Path work;
    static String storageDriver;
    static List<String> podman;
    static String image;
    static String container;
    static JsonNode inspect;

    @BeforeAll
    static void buildAndLoad() throws Exception {
        values = YAML.readTree(ROOT.resolve("deploy/helm/leercultuur/values.yaml").toFile());
        appVersion = YAML.readTree(ROOT.resolve("deploy/helm/leercultuur/Chart.yaml").toFile()).path("appVersion").asText();

        long t0 = System.nanoTime();
        Result build = exec(Duration.ofMinutes(10), true, "bash", ROOT.resolve("deploy/images/build.sh").toString(), SERVICE);
        assertEquals(0, build.code, "deploy/images/build.sh " + SERVICE + " failed");
        long buildSeconds = seconds(t0);
        archive = ROOT.resolve("target/images/" + SERVICE + ".oci.tar");
        assertTrue(Files.isRegularFile(archive), archive + " was not written");

        // podman's storage and state of this test only (removed afterwards); the run state in a short path (sockets)
        work = Files.createTempDirectory("lc-image-test-");
        storageDriver = storageDriver();
        podman = List.of("podman", "--root", work.resolve("storage").toString(), "--runroot", work.resolve("run").toString(),
                "--storage-driver", storageDriver, "--cgroup-manager", "cgroupfs", "--events-backend", "file", "--runtime", "runc");
        t0 = System.nanoTime();
        String loaded = podman(Duration.ofMinutes(3), "load", "--input", archive.toString());
        Matcher m = Pattern.compile("Loaded image(?:\\(s\\))?: *(\\S+)").matcher(loaded);
        assertTrue(m.find(), "podman load said: " + loaded);
        image = m.group(1);
        inspect = JSON.readTree(podman(Duration.ofSeconds(30), "image", "inspect", image)).get(0);
        log("%s: archive %s, %s unpacked, %d layers; built in %d s, loaded in %d s (podman storage driver %s)", image,
                mib(Files.size(archive)), mib(inspect.path("Size").asLong()), inspect.path("RootFS").path("Layers").size(),
                buildSeconds, seconds(t0), storageDriver);
    }

    @Test
    @Order(1)
    void isNamedAndConfiguredAsTheChartExpects() throws Exception {
        // <registry>/<service>:<tag>, the tag defaulting to the chart's appVersion (templates/_helpers.tpl lc.image)
        assertEquals(values.path("image").path("registry").asText() + "/" + SERVICE + ":" + appVersion, image);
        JsonNode config = inspect.path("Config");
        JsonNode pod = values.path("podSecurity");
        assertEquals(pod.path("runAsUser").asText() + ":" + pod.path("runAsGroup").asText(), config.path("User").asText(),
                "a numeric user, so that runAsNonRoot can be checked");
        assertEquals("/deployments", config.path("WorkingDir").asText());
        int port = values.path("services").path(SERVICE).path("port").asInt();
        assertTrue(config.path("ExposedPorts").has(port + "/tcp"), () -> "exposes " + config.path("ExposedPorts"));
        List<String> entrypoint = strings(config.path("Entrypoint"));
        assertEquals(List.of("/bin/sh", "-c"), entrypoint.subList(0, 2), "the JVM through sh -c 'exec java ...'");
        assertTrue(entrypoint.get(2).startsWith("exec java $JAVA_OPTS") && entrypoint.get(2).contains("-jar /deployments/quarkus-run.jar"),
                entrypoint::toString);
        Map<String, String> env = new TreeMap<>();
        strings(config.path("Env")).forEach(e -> env.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        assertTrue(env.getOrDefault("JAVA_OPTS", "").contains("-XX:MaxRAMPercentage="), env::toString);
        assertTrue(env.getOrDefault("JAVA_OPTS", "").contains("-XX:+ExitOnOutOfMemoryError"), env::toString);
        assertTrue(env.getOrDefault("PATH", "").startsWith(env.get("JAVA_HOME") + "/bin:"), env::toString);
        assertEquals("C.UTF-8", env.get("LANG"), "UTF-8 as the JVM's default encoding");

        JsonNode labels = config.path("Labels");
        assertEquals(SERVICE, labels.path("org.opencontainers.image.title").asText());
        assertEquals(appVersion, labels.path("org.opencontainers.image.version").asText());
        assertEquals(exec(Duration.ofSeconds(10), false, "git", "-C", ROOT.toString(), "rev-parse", "HEAD").out.strip(),
                labels.path("org.opencontainers.image.revision").asText());
        Instant.parse(labels.path("org.opencontainers.image.created").asText());
        assertTrue(labels.path("org.opencontainers.image.description").asText().contains("gateway"), labels::toString);

        // base (shared by all services), third-party libraries, the platform's own libraries, the application
        assertEquals(4, inspect.path("RootFS").path("Layers").size(), () -> inspect.path("RootFS").toString());
    }

    @Test
    @Order(2)
    void startsReadOnlyAsItsUserWithinItsMemoryLimitAndStopsOnSigterm() throws Exception {
        JsonNode pod = values.path("podSecurity");
        String user = pod.path("runAsUser").asText() + ":" + pod.path("runAsGroup").asText();
        String memory = values.path("services").path(SERVICE).path("resources").path("limits").path("memory").asText();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        container = "lc-image-test-" + ProcessHandle.current().pid();
        List<String> run = new ArrayList<>(List.of("run", "--detach", "--name", container,
                "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp",          // like the chart: only /tmp writable
                "--user", user, "--memory", memory.replace("Mi", "m").replace("Gi", "g"),
                "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                // as root podman asks for 1048576 open files and processes: more than a sandbox without CAP_SYS_RESOURCE
                // may raise its own hard limits to, and runc fails ("error setting rlimit type 7"); ask for no more
                // than this process has
                "--ulimit", "nofile=" + limit("open files", 1048576) + ":" + limit("open files", 1048576),
                "--ulimit", "nproc=" + limit("processes", 4096) + ":" + limit("processes", 4096),
                "--timeout", "600",                                                  // a container left behind stops anyway
                "--network", "host", "--env", "GATEWAY_PORT=" + port,
                "--env", "OIDC_URL=http://127.0.0.1:1/realms/leercultuur"));
        for (String backend : List.of("SURVEY_URL", "NETWORK_URL", "CATALOG_URL", "ANALYTICS_URL", "WEB_URL")) {
            run.addAll(List.of("--env", backend + "=http://127.0.0.1:1"));   // nothing answers there: backends DOWN
        }
        run.add(image);

        long t0 = System.nanoTime();
        podman(Duration.ofSeconds(60), run.toArray(String[]::new));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        long deadline = t0 + READY_WITHIN.toNanos();
        HttpResponse<String> ready = null;
        long lastCheck = 0;
        while (System.nanoTime() < deadline) {
            try {
                ready = get(http, base + "/q/health/ready");
                if (ready.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - lastCheck > TimeUnit.SECONDS.toNanos(2)) {
                lastCheck = System.nanoTime();
                String state = podman(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Status}}", container).strip();
                if (!state.equals("running")) {
                    fail("the container is " + state + " before it was ready; its log:\n" + logs());
                }
            }
            Thread.sleep(250);
        }
        double readySeconds = (System.nanoTime() - t0) / 1e9;
        if (ready == null || ready.statusCode() != 200) {
            fail("not ready within " + READY_WITHIN.toSeconds() + " s; its log:\n" + logs());
        }
        assertEquals("UP", JSON.readTree(ready.body()).path("status").asText(), ready.body());
        assertEquals(200, get(http, base + "/q/health/live").statusCode());
        assertEquals(200, get(http, base + "/q/health/started").statusCode());
        String started = logs().lines().filter(l -> l.contains("started in")).findFirst().orElse("")
                .replaceFirst(".*(started in [0-9.]+s).*", "$1");

        // the user, and the JVM as PID 1 (it gets the SIGTERM itself: exec, no shell in between)
        assertEquals(user, inContainer("echo $(id -u):$(id -g)").strip());
        assertEquals("java", inContainer("cat /proc/1/comm").strip());
        // read-only everywhere but /tmp
        for (String dir : List.of("/", "/deployments", "/var/tmp", "/etc")) {
            Result r = podmanResult(Duration.ofSeconds(30), "exec", container, "sh", "-c", "touch " + dir + "/probe");
            assertNotEquals(0, r.code, dir + " is writable");
            assertTrue(r.out.contains("Read-only file system"), r.out);
        }
        inContainer("touch /tmp/probe && rm /tmp/probe");
        // the heap follows the container's memory limit (JAVA_OPTS -XX:MaxRAMPercentage)
        String flags = inContainer("exec java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | grep -w MaxHeapSize");
        long maxHeap = Long.parseLong(flags.replaceFirst("(?s).*MaxHeapSize\\s*=\\s*(\\d+).*", "$1"));
        long limit = Long.parseLong(memory.replaceAll("\\D", "")) * (memory.endsWith("Gi") ? 1024 : 1) * 1024 * 1024;
        double percent = 100.0 * maxHeap / limit;
        assertTrue(percent > 50 && percent <= 80, () -> "heap " + maxHeap + " of " + limit);

        t0 = System.nanoTime();
        podman(Duration.ofSeconds(60), "stop", "--time", "30", container);
        double stopSeconds = (System.nanoTime() - t0) / 1e9;
        int exit = Integer.parseInt(podman(Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}", container).strip());
        assertEquals(143, exit, "exit code after SIGTERM (143: the JVM shut down on SIGTERM; 137: it had to be killed)");
        assertTrue(logs().contains(SERVICE + " stopped in"), "Quarkus' shutdown message is missing");
        log("started read-only as %s with %s memory: ready in %.1f s (Quarkus: %s), heap up to %s (%.0f %%), stopped in %.1f s (exit %d)",
                user, memory, readySeconds, started, mib(maxHeap), percent, stopSeconds, exit);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (podman != null) {
            if (container != null) {
                podmanResult(Duration.ofSeconds(60), "rm", "--force", "--time", "5", container);
            }
            podmanResult(Duration.ofSeconds(120), "rmi", "--all", "--force");
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** overlay where the kernel and the file system allow it (much faster to load), else vfs, which works anywhere. */
    static String storageDriver() throws Exception {
        String wanted = System.getenv("LC_PODMAN_STORAGE_DRIVER");
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        Path probe = work.resolve("probe");
        Result r = exec(Duration.ofSeconds(60), false, "podman", "--root", probe.resolve("storage").toString(),
                "--runroot", probe.resolve("run").toString(), "--storage-driver", "overlay", "info", "--format", "{{.Store.GraphDriverName}}");
        return r.code == 0 && r.out.strip().endsWith("overlay") ? "overlay" : "vfs";
    }

    /** This process' hard limit ("Max open files", "Max processes"), at most {@code max}. */
    static long limit(String name, long max) throws IOException {
        String line = Files.readAllLines(Path.of("/proc/self/limits")).stream().filter(l -> l.startsWith("Max " + name))
                .findFirst().orElseThrow();
        String hard = line.substring(("Max " + name).length()).trim().split("\\s+")[1];
        return hard.equals("unlimited") ? max : Math.min(Long.parseLong(hard), max);
    }

    static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String inContainer(String script) throws Exception {
        return podman(Duration.ofSeconds(60), "exec", container, "sh", "-c", script);
    }

    static String logs() throws Exception {
        return podmanResult(Duration.ofSeconds(30), "logs", container).out;
    }

    static String podman(Duration timeout, String... args) throws Exception {
        Result r = podmanResult(timeout, args);
        assertEquals(0, r.code, () -> "podman " + String.join(" ", args) + ":\n" + r.out);
        return r.out;
    }

    static Result podmanResult(Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(podman);
        command.addAll(List.of(args));
        return exec(timeout, false, command.toArray(String[]::new));
    }

    record Result(int code, String out) {
    }

    /**
     * Runs a command, bounded in time, and returns its exit code and output (stderr included). With {@code echo} the
     * output goes to the build log as it comes (through System.out: a forked test JVM's own stdout is Surefire's channel).
     */
    static Result exec(Duration timeout, boolean echo, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> p.inputReader().lines().forEach(line -> {
            synchronized (out) {
                out.append(line).append('\n');
            }
            if (echo) {
                System.out.println(line);
            }
        }));
        reader.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s:\n" + out);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (out) {
            return new Result(p.exitValue(), out.toString());
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static long seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e9);
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }

    static void log(String format, Object... args) {
        System.out.printf("[image-test] " + format + "%n", args);
    }
}
