package nl.leercultuur.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JVM options and environment each service runs with, from the one file that {@code ./stack} and the Helm chart
 * read too: {@code deploy/helm/leercultuur/jvm.conf} ({@code <service>=<options>}, {@code env.<NAME>=<value>}; paths
 * relative to the service's quarkus-app directory, its working directory). The system tests start the services with exactly these, so
 * their figures are those of the real thing.
 */
public final class JvmOptions {

    public static final String FILE = "deploy/helm/leercultuur/jvm.conf";

    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();

    private JvmOptions() {
    }

    /**
     * The file under the repository's root, or the file that {@code -Djvm.conf=<path>} names (a comparison: the
     * startup benchmark run with other options).
     */
    public static JvmOptions load(Path repositoryRoot) {
        JvmOptions o = new JvmOptions();
        String other = System.getProperty("jvm.conf");
        try {
            for (String raw : Files.readAllLines(other != null ? Path.of(other) : repositoryRoot.resolve(FILE))) {
                String line = raw.strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (key.startsWith("env.")) {
                    o.env.put(key.substring(4), value);
                } else {
                    o.options.put(key, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o;
    }

    /** The options of a service (its module name). */
    public String[] of(String module) {
        String line = options.get(module);
        if (line == null) {
            throw new IllegalArgumentException("no JVM options for " + module + " in " + FILE);
        }
        return line.split("\\s+");
    }

    /** The environment variables every service gets. */
    public Map<String, String> env() {
        return Map.copyOf(env);
    }
}
