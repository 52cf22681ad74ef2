package nl.leercultuur.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.system.StackScript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A whole stack of the browser tests' own, started with the project's {@code ./stack up} (PostgreSQL databases
 * {@code lcwebtest_*} of database user {@code lcwebtest}, Kafka, Keycloak, the services, the gateway and the web
 * front end) on ports of its own (185xx), with its state in {@code system-tests/target/web-stack-state}: it runs
 * beside a developer's stack. Started once per JVM by the first {@link #get()}, from empty databases; {@code ./stack down}
 * with the same environment when the JVM exits. {@code StackRestartIT} runs last on the same stack and kills parts of it.
 */
public final class WebStack {

    public static final int GATEWAY_PORT = 18580;
    public static final int SURVEY_PORT = 18581;
    public static final int NETWORK_PORT = 18582;
    public static final int CATALOG_PORT = 18583;
    public static final int ANALYTICS_PORT = 18584;
    public static final int WEB_PORT = 18585;
    public static final int KEYCLOAK_PORT = 18590;
    public static final int KAFKA_PORT = 18592;
    /**
     * Developing pages: {@code -Dwebstack.base-url=http://localhost:<port>} runs the journeys against a stack that is
     * already up (a developer's {@code ./stack up}, or a gateway of one's own in front of it) instead of starting one;
     * {@code webstack.keycloak-url} (default http://localhost:8180) and {@code webstack.state} (default the
     * project's .stack) say where its Keycloak and its secrets are. Not used by the build.
     */
    static final String EXTERNAL = System.getProperty("webstack.base-url");
    public static final Path STATE = EXTERNAL != null
            ? Path.of(System.getProperty("webstack.state", Path.of(System.getProperty("user.dir")).getParent().resolve(".stack").toString()))
            : Path.of(System.getProperty("user.dir"), "target", "web-stack-state");
    public static final String ORGANISATION = "laurens";
    public static final String INSTRUMENT = "team-psychological-safety";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final java.util.concurrent.atomic.AtomicInteger SCANS = new java.util.concurrent.atomic.AtomicInteger();
    private static WebStack instance;

    private final StackScript stack;
    private final double upSeconds;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long expiresAtMillis) {
    }

    /** An open scan of the manager's organisation and fresh one-time codes for it (each with its link). */
    public record OpenScan(String id, List<String> codes, List<String> links) {
    }

    /** The environment that gives {@code ./stack} this stack's state, databases, user and ports. */
    public static Map<String, String> env() {
        Map<String, String> e = new HashMap<>();
        e.put("STACK_STATE", STATE.toString());
        e.put("STACK_DB_PREFIX", "lcwebtest");
        e.put("STACK_DB_USER", "lcwebtest");
        e.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        e.put("SURVEY_PORT", String.valueOf(SURVEY_PORT));
        e.put("NETWORK_PORT", String.valueOf(NETWORK_PORT));
        e.put("CATALOG_PORT", String.valueOf(CATALOG_PORT));
        e.put("ANALYTICS_PORT", String.valueOf(ANALYTICS_PORT));
        e.put("WEB_PORT", String.valueOf(WEB_PORT));
        e.put("KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
        e.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
        return e;
    }

    /** The stack, started on the first call (up to 10 minutes the first time: Keycloak and Kafka are fetched). */
    public static synchronized WebStack get() {
        if (instance == null) {
            try {
                instance = new WebStack();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the web stack did not start", e);
            }
        }
        return instance;
    }

    private WebStack() throws Exception {
        stack = new StackScript(env());
        if (EXTERNAL != null) {
            upSeconds = 0;
            awaitAnswer(baseUrl() + "/", Duration.ofSeconds(10));
            System.out.println("journeys against the running stack at " + baseUrl());
            return;
        }
        // whatever a killed earlier run left running; then empty databases, demo data loaded again, a new Kafka log and
        // Keycloak's realm imported again from deploy/keycloak (an imported realm is never re-imported: without this a
        // change of the realm file, or a user locked out by brute-force protection, would outlive the run)
        stack.run(Duration.ofMinutes(2), "down");
        stack.dropDatabases();
        Files.deleteIfExists(STATE.resolve("demo-loaded"));
        deleteTree(STATE.resolve("kafka/data"));
        if (Files.isDirectory(STATE.resolve("keycloak"))) {
            try (Stream<Path> homes = Files.list(STATE.resolve("keycloak"))) {
                for (Path home : homes.filter(h -> h.getFileName().toString().startsWith("keycloak-")).toList()) {
                    deleteTree(home.resolve("data/h2"));
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stack.run(Duration.ofMinutes(2), "down");
            } catch (Exception e) {
                System.err.println("./stack down of the web stack failed: " + e.getMessage());
            }
        }, "web-stack-down"));
        long t0 = System.nanoTime();
        stack.run(Duration.ofMinutes(10), "up");
        upSeconds = (System.nanoTime() - t0) / 1e9;
        awaitAnswer(baseUrl() + "/", Duration.ofSeconds(60));
        System.out.printf("web stack up in %.1f s: %s%n", upSeconds, baseUrl());
    }

    /** {@code ./stack} with this stack's environment (for {@code status}, or {@code logs}-like reads of the state). */
    public StackScript script() {
        return stack;
    }

    /** Whether the journeys run against a stack already up ({@code -Dwebstack.base-url}) instead of one of their own. */
    public static boolean external() {
        return EXTERNAL != null;
    }

    /** How long {@code ./stack up} took. */
    public double upSeconds() {
        return upSeconds;
    }

    /** Where the browser goes: the gateway, which serves the web front end and the API. */
    public String baseUrl() {
        if (EXTERNAL != null) {
            return EXTERNAL;
        }
        return "http://localhost:" + GATEWAY_PORT;
    }

    /** The web front end's own port, behind the gateway. */
    public String webUrl() {
        return "http://localhost:" + WEB_PORT;
    }

    /** Keycloak as the browser and the services see it (localhost: the tokens' issuer). */
    public String keycloakUrl() {
        if (EXTERNAL != null) {
            return System.getProperty("webstack.keycloak-url", "http://localhost:8180");
        }
        return "http://localhost:" + KEYCLOAK_PORT;
    }

    /** The demo users' password (admin, curator, facilitator, manager, participant), generated by the first up. */
    public String demoPassword() {
        return read("demo-password");
    }

    /** The id of the closed demo scan of 'laurens' with six responses that {@code ./stack up} loads. */
    public String demoScanId() {
        return read("demo-loaded");
    }

    /** A component's log so far ({@code ./stack logs <name>} without following). */
    public String log(String component) {
        Path file = STATE.resolve("logs/" + component + ".log");
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An access token for a demo user: the password grant of the scripts-only client {@code leercultuur-cli}, as
     * {@code ./stack token} does; kept until 30 s before it expires.
     */
    public String token(String user) {
        Token t = tokens.get(user);
        if (t != null && System.currentTimeMillis() < t.expiresAtMillis()) {
            return t.value();
        }
        String form = "grant_type=password&client_id=leercultuur-cli&username=" + enc(user) + "&password=" + enc(demoPassword());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/leercultuur/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("no token for " + user + ": Keycloak answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode body = parse(r.body());
        String value = body.path("access_token").asText();
        long expires = System.currentTimeMillis() + Math.max(0, body.path("expires_in").asLong(60) - 30) * 1000;
        tokens.put(user, new Token(value, expires));
        return value;
    }

    /**
     * A JSON request to the gateway as a user ({@code null}: anonymous); fails unless the answer is 2xx. Returns the
     * parsed body (a missing node for an empty one).
     */
    public JsonNode api(String method, String path, String user, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        HttpResponse<String> r = send(b.build());
        nl.leercultuur.system.ContractValidation.validate(r);
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + (user == null ? "" : " as " + user) + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? JSON.missingNode() : parse(r.body());
    }

    /** A new scan (team psychological safety, organisation 'laurens'), opened, with {@code codes} fresh codes. */
    public OpenScan openScan(int codes) {
        return openScan("Teamscan browsertest " + SCANS.incrementAndGet(), codes);
    }

    /** As {@link #openScan(int)}, with a title of one's own. */
    public OpenScan openScan(String title, int codes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        Map<String, Object> create = new HashMap<>();
        create.put("instrumentKey", INSTRUMENT);
        create.put("organisationId", ORGANISATION);
        create.put("unitLabel", "Team Browsertest");
        create.put("title", title);
        create.put("opensAt", now.minusHours(1).toString());
        create.put("closesAt", now.plusDays(14).toString());
        create.put("expectedPopulation", Math.max(codes, 1));
        String id = api("POST", "/api/v1/surveys/scans", "manager", write(create)).path("id").asText();
        api("POST", "/api/v1/surveys/scans/" + id + "/open", "manager", null);
        OpenScan issued = codes(id, codes);
        return new OpenScan(id, issued.codes(), issued.links());
    }

    /** {@code n} fresh one-time codes (and their links) for an open scan, as the manager. */
    public OpenScan codes(String scanId, int n) {
        JsonNode issued = api("POST", "/api/v1/surveys/scans/" + scanId + "/invitations", "manager", "{\"count\":" + n + "}");
        List<String> codes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (JsonNode c : issued.path("codes")) {
            codes.add(c.path("code").asText());
            links.add(c.path("link").asText(null));
        }
        if (codes.size() != n) {
            throw new AssertionError("asked for " + n + " codes, got " + codes.size() + ": " + issued);
        }
        return new OpenScan(scanId, List.copyOf(codes), links);
    }

    private String read(String file) {
        try {
            return Files.readString(STATE.resolve(file)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no " + file + " in " + STATE + " (has ./stack up run?)", e);
        }
    }

    private static void awaitAnswer(String url, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            try {
                int status = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500) {
                    return;
                }
                last = "status " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not answer within " + within + " (" + last + ")");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
