package nl.leercultuur.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's {@code ./stack} script run for a stack of a test's own: the environment that gives it its own state
 * directory, databases, database user and ports (see the script's head), passed to every call. Used by
 * the browser tests' {@code WebStack} (and {@link StackRestartIT} on it).
 */
public final class StackScript {

    /** The repository root (the tests run in system-tests/). */
    public static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private final Map<String, String> env;

    public StackScript(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Map<String, String> env() {
        return env;
    }

    /** The stack's state directory (STACK_STATE; the script's default is .stack). */
    public Path state() {
        return Path.of(env.getOrDefault("STACK_STATE", ROOT.resolve(".stack").toString()));
    }

    /** Runs {@code ./stack args...} with this environment, prints its output, fails unless it exits 0 in time. */
    public String run(Duration timeout, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("stack").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("stack", ".log");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("./stack " + String.join(" ", args) + " took over " + timeout + ":\n" + Files.readString(out));
        }
        String text = Files.readString(out);
        Files.deleteIfExists(out);
        System.out.println("$ ./stack " + String.join(" ", args) + "\n" + text);
        if (p.exitValue() != 0) {
            throw new AssertionError("./stack " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + text);
        }
        return text;
    }

    /** The pid that {@code ./stack up} recorded for a component. */
    public long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(state().resolve("pids/" + component + ".pid")).trim());
    }

    /**
     * Drops the stack's four databases (STACK_DB_PREFIX_survey …), so that {@code up} starts from empty ones; as root
     * through the postgres account, elsewhere nothing happens and they are simply reused.
     */
    public void dropDatabases() throws Exception {
        String prefix = env.getOrDefault("STACK_DB_PREFIX", "leercultuur");
        for (String db : List.of("survey", "network", "catalog", "analytics")) {
            new ProcessBuilder("runuser", "-u", "postgres", "--", "dropdb", "--if-exists", "--force", prefix + "_" + db)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }
}
