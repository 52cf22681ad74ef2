package nl.leercultuur.deploy;

import nl.leercultuur.contracts.events.EventTypes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the code says, read from the repository's sources: each service's configuration (its application.properties and,
 * for services built on platform, platform's shared defaults), its Quarkus extensions (pom.xml), the events its outbox
 * publishes and its inbox consumes (Java sources against the event contracts), and the stack script's wiring.
 * Nothing here is a copy of the chart's values: the tests compare the two.
 */
final class Code {

    /** The deployable modules: the four services, the gateway and the web front end. */
    static final List<String> SERVICES = List.of("survey-service", "network-service", "resource-catalog-service",
            "analytics-service", "gateway", "web");

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private Code() {
    }

    /** A ${VAR:default} reference in a configuration value; default is null when there is none. */
    record VarRef(String name, String defaultValue, String property) {
        boolean mustBeSetInCluster() {
            // no default, an empty one (a secret, a list of proxies), or one that points at this machine
            return defaultValue == null || defaultValue.isBlank() || defaultValue.contains("localhost")
                    || defaultValue.contains("127.0.0.1");
        }
    }

    static Path module(String service) {
        return RenderedChart.repoRoot().resolve(service);
    }

    static String pom(String service) {
        return RenderedChart.read(module(service).resolve("pom.xml"));
    }

    static boolean hasExtension(String service, String artifactId) {
        return pom(service).contains("<artifactId>" + artifactId + "</artifactId>");
    }

    static boolean usesPlatform(String service) {
        return pom(service).contains("<artifactId>platform</artifactId>");
    }

    static Properties load(Path p) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(Files.readString(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    static Properties own(String service) {
        return load(module(service).resolve("src/main/resources/application.properties"));
    }

    static Properties platformDefaults() {
        return load(RenderedChart.repoRoot().resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /**
     * The configuration that applies to a service in production: its own keys and, when it is built on platform,
     * platform's defaults for the extensions it actually has (a datasource key means nothing to the gateway, which has
     * no JDBC driver). Profile keys other than %prod are left out.
     */
    static Map<String, String> config(String service) {
        Map<String, String> out = new TreeMap<>();
        if (usesPlatform(service)) {
            platformDefaults().forEach((k, v) -> {
                String key = (String) k;
                if (applies(key) && needs(service, unprofiled(key))) {
                    out.put(key, (String) v);
                }
            });
        }
        own(service).forEach((k, v) -> {
            if (applies((String) k)) {
                out.put((String) k, (String) v);
            }
        });
        return out;
    }

    private static boolean applies(String key) {
        return !key.startsWith("%") || key.startsWith("%prod.");
    }

    private static String unprofiled(String key) {
        return key.startsWith("%prod.") ? key.substring("%prod.".length()) : key;
    }

    private static boolean needs(String service, String key) {
        if (key.startsWith("quarkus.datasource.")) {
            return hasExtension(service, "quarkus-jdbc-postgresql");
        }
        if (key.startsWith("kafka.") || key.startsWith("quarkus.kafka.")) {
            return hasExtension(service, "quarkus-kafka-client");
        }
        if (key.startsWith("quarkus.oidc.")) {
            return hasExtension(service, "quarkus-oidc");
        }
        return true;
    }

    /** Every ${VAR} the service's configuration reads. */
    static Map<String, VarRef> vars(String service) {
        Map<String, VarRef> out = new TreeMap<>();
        config(service).forEach((key, value) -> {
            Matcher m = VAR.matcher(value);
            while (m.find()) {
                out.putIfAbsent(m.group(1), new VarRef(m.group(1), m.group(2), key));
            }
        });
        return out;
    }

    /**
     * Whether the service's datasource is optional: its URL is {@code ${VAR:}}, empty unless set, and Quarkus then keeps
     * the datasource inactive (the gateway: a database only for limits shared in PostgreSQL).
     */
    static boolean databaseOptional(String service) {
        String url = config(service).get("quarkus.datasource.jdbc.url");
        return url != null && url.matches("\\$\\{[A-Z0-9_]+:}");
    }

    /** A configuration value as the service reads it with this environment: ${VAR:default} resolved. */
    static String setting(String service, String key, Map<String, String> env) {
        String value = config(service).get(key);
        if (value == null) {
            return null;
        }
        Matcher m = VAR.matcher(value);
        if (!m.matches()) {
            return value;
        }
        return env.containsKey(m.group(1)) ? env.get(m.group(1)) : m.group(2);
    }

    /** Whether the service uses a database with this environment: always, or for an optional one when asked to. */
    static boolean usesDatabase(String service, Map<String, String> env) {
        if (!hasExtension(service, "quarkus-jdbc-postgresql")) {
            return false;
        }
        return !databaseOptional(service) || "postgres".equals(setting(service, "gateway.limits.store", env));
    }

    /** The default of a ${VAR:default} property value, or the value itself. */
    static String defaultOf(String value) {
        Matcher m = VAR.matcher(value);
        return m.matches() ? m.group(2) : value;
    }

    /** The service's HTTP port: the default of quarkus.http.port. */
    static int httpPort(String service) {
        return Integer.parseInt(defaultOf(config(service).get("quarkus.http.port")));
    }

    /**
     * The health paths (SmallRye Health under the non-application root), on the HTTP port: a service that moved them
     * or opened a management interface would fail here first.
     */
    static Map<String, String> healthPaths(String service) {
        Map<String, String> c = config(service);
        for (String moved : List.of("quarkus.http.non-application-root-path", "quarkus.http.root-path",
                "quarkus.smallrye-health.root-path", "quarkus.smallrye-health.liveness-path",
                "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path",
                "quarkus.management.enabled")) {
            if (c.containsKey(moved)) {
                throw new AssertionError(service + " sets " + moved + ": teach Code.healthPaths about it");
            }
        }
        if (!hasExtension(service, "quarkus-smallrye-health")) {
            throw new AssertionError(service + " has no quarkus-smallrye-health: no probe endpoints");
        }
        return Map.of("live", "/q/health/live", "ready", "/q/health/ready", "started", "/q/health/started");
    }

    /** The REST calls a service makes: URL property -> (variable, port of the default address). */
    record Call(String caller, String property, String variable, int port) {
    }

    static List<Call> calls(String service) {
        List<Call> out = new ArrayList<>();
        Pattern urlKey = Pattern.compile("quarkus\\.rest-client\\.[^.]+\\.url|gateway\\.backends\\.[^.]+\\.url|leercultuur\\.web\\.gateway-url");
        Pattern localUrl = Pattern.compile("\\$\\{([A-Z0-9_]+):https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)[^}]*}");
        config(service).forEach((key, value) -> {
            if (urlKey.matcher(key).matches()) {
                Matcher m = localUrl.matcher(value);
                if (!m.matches()) {
                    throw new AssertionError(service + ": " + key + "=" + value
                            + " is not ${VAR:http://localhost:<port>}: teach Code.calls to read it");
                }
                out.add(new Call(service, key, m.group(1), Integer.parseInt(m.group(2))));
            }
        });
        return out;
    }

    /** The service listening on a port by default. */
    static String serviceOnPort(int port) {
        return SERVICES.stream().filter(s -> httpPort(s) == port).findFirst()
                .orElseThrow(() -> new AssertionError("no service listens on " + port));
    }

    /** ./stack: which service each *_URL variable points at (VAR=http://127.0.0.1:$X_PORT, port_of maps X_PORT). */
    static Map<String, String> stackUrlTargets() {
        String stack = RenderedChart.read(RenderedChart.repoRoot().resolve("stack"));
        Map<String, String> portVarToService = new LinkedHashMap<>();
        Matcher pm = Pattern.compile("([a-z-]+)\\) echo \\$([A-Z_]+_PORT);;").matcher(stack);
        while (pm.find()) {
            portVarToService.put(pm.group(2), pm.group(1));
        }
        Map<String, String> out = new TreeMap<>();
        Matcher um = Pattern.compile("\\b([A-Z_]+_URL)=https?://(?:127\\.0\\.0\\.1|localhost):\\$([A-Z_]+_PORT)\\b").matcher(stack);
        while (um.find()) {
            String target = portVarToService.get(um.group(2));
            if (target != null) {
                out.put(um.group(1), target);
            }
        }
        return out;
    }

    // ---- events

    private static boolean enabled(String service, String key) {
        return "true".equals(own(service).getProperty(key));
    }

    static boolean outbox(String service) {
        return enabled(service, "leercultuur.outbox.enabled");
    }

    static boolean inbox(String service) {
        return enabled(service, "leercultuur.inbox.enabled");
    }

    static boolean usesKafka(String service) {
        return outbox(service) || inbox(service);
    }

    static Optional<String> consumerGroup(String service) {
        return inbox(service) ? Optional.of(defaultOf(own(service).getProperty("leercultuur.inbox.group-id"))) : Optional.empty();
    }

    private static List<Path> javaSources(String service) {
        try (Stream<Path> s = Files.walk(module(service).resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The event types a service publishes: the first argument of every Outbox.append call in its sources, resolved
     * against the event contracts (EventTypes.X or Record.TYPE). A call this cannot resolve fails the test, so a new
     * way of naming a type is noticed rather than skipped.
     */
    static Set<String> produced(String service) {
        Set<String> out = new TreeSet<>();
        if (!outbox(service)) {
            return out;
        }
        Pattern append = Pattern.compile("\\boutbox\\s*\\.\\s*append\\s*\\(\\s*([^,]+?)\\s*,");
        for (Path p : javaSources(service)) {
            String src = RenderedChart.read(p);
            if (!src.contains("platform.outbox.Outbox")) {
                continue;
            }
            Matcher m = append.matcher(src);
            while (m.find()) {
                out.add(resolveType(m.group(1).trim(), p));
            }
        }
        return out;
    }

    /** The event types a service consumes: its EventHandler implementations' payload records. */
    static Set<String> consumed(String service) {
        Set<String> out = new TreeSet<>();
        if (!inbox(service)) {
            return out;
        }
        Pattern handler = Pattern.compile("implements\\s+EventHandler\\s*<\\s*(\\w+)\\s*>");
        for (Path p : javaSources(service)) {
            Matcher m = handler.matcher(RenderedChart.read(p));
            while (m.find()) {
                String record = m.group(1);
                out.add(EventTypes.ALL.stream().filter(c -> c.data().getSimpleName().equals(record)).findFirst()
                        .orElseThrow(() -> new AssertionError(p + ": EventHandler<" + record + "> is no event contract"))
                        .type());
            }
        }
        return out;
    }

    private static String resolveType(String expr, Path where) {
        Matcher m = Pattern.compile("(\\w+)\\.(\\w+)").matcher(expr);
        if (!m.matches()) {
            throw new AssertionError(where + ": outbox.append(" + expr + ", ...): cannot tell the event type");
        }
        try {
            Class<?> owner = Class.forName(EventTypes.class.getPackageName() + "." + m.group(1));
            return (String) owner.getField(m.group(2)).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(where + ": outbox.append(" + expr + ", ...) names no event contract constant", e);
        }
    }

    static Set<String> eventTypes() {
        Set<String> out = new LinkedHashSet<>();
        EventTypes.ALL.forEach(c -> out.add(c.type()));
        return out;
    }
}
