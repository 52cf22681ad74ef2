package nl.leercultuur.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./stack up} after components died: analytics-service and the Kafka broker SIGKILLed, the gateway stopped
 * (SIGSTOP, a hung process that still holds its port), while a scan is closed. {@code ./stack up} again restarts
 * exactly those three — judged by process state and health, not by pid files — leaves the others running, and the
 * scan closed meanwhile reaches analytics. A whole stack of its own (Keycloak included) on other ports, with its own
 * state directory, databases and database user, so it runs beside a developer's; in its own failsafe execution.
 */
class StackRestartIT {

    static final Path STATE = Path.of(System.getProperty("user.dir"), "target", "stack-state");
    static final int GATEWAY = 18480;
    static final List<String> COMPONENTS = List.of("kafka", "keycloak", "survey-service", "network-service",
            "resource-catalog-service", "analytics-service", "web", "gateway");

    static Map<String, String> env() {
        Map<String, String> e = new HashMap<>();
        e.put("STACK_STATE", STATE.toString());
        e.put("STACK_DB_PREFIX", "lcstacktest");
        e.put("STACK_DB_USER", "lcstacktest");
        e.put("GATEWAY_PORT", String.valueOf(GATEWAY));
        e.put("SURVEY_PORT", "18481");
        e.put("NETWORK_PORT", "18482");
        e.put("CATALOG_PORT", "18483");
        e.put("ANALYTICS_PORT", "18484");
        e.put("WEB_PORT", "18485");
        e.put("KEYCLOAK_PORT", "18490");
        e.put("KAFKA_PORT", "18492");
        return e;
    }

    static final StackScript STACK = new StackScript(env());

    static String stack(Duration timeout, String... args) throws Exception {
        return STACK.run(timeout, args);
    }

    static long pid(String component) throws IOException {
        return STACK.pid(component);
    }

    static void signal(String sig, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + sig, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    @AfterAll
    static void down() throws Exception {
        stack(Duration.ofMinutes(2), "down");
    }

    @Test
    void upAfterKillsRestartsExactlyWhatDiedAndThePlatformCatchesUp() throws Exception {
        // its own databases, fresh each run (as root; elsewhere they are simply reused)
        STACK.dropDatabases();
        long t0 = System.nanoTime();
        stack(Duration.ofMinutes(8), "up");
        double firstUp = (System.nanoTime() - t0) / 1e9;
        String token = stack(Duration.ofSeconds(30), "token", "manager").trim();
        String gw = "http://127.0.0.1:" + GATEWAY;

        // a scan with six answers, still open
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        String scan = json(post(gw + "/api/v1/surveys/scans", token, """
                {"instrumentKey":"team-psychological-safety","organisationId":"laurens","title":"Herstart na storing",
                 "opensAt":"%s","closesAt":"%s","expectedPopulation":6}""".formatted(now.minusHours(1), now.plusDays(14))),
                "\"id\":\"([^\"]+)\"");
        post(gw + "/api/v1/surveys/scans/" + scan + "/open", token, null);
        // the codes read as JSON (codes[].code): a pattern over the whole answer also matched the scan's UUID when its
        // middle groups were all digits, and answering that was a 404 (seen in a clean-clone CI run)
        com.fasterxml.jackson.databind.JsonNode issued = SurveyBenchmark.JSON.readTree(
                post(gw + "/api/v1/surveys/scans/" + scan + "/invitations", token, "{\"count\":6}"));
        int answered = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode issuedCode : issued.get("codes")) {
            String code = issuedCode.get("code").asText();
            if (seen.add(code)) {
                post(gw + "/api/v1/surveys/respond/" + code, null, """
                        {"language":"nl","answers":{"ps-1":2,"ps-2":6,"ps-3":2,"ps-4":6,"ps-5":3,"ps-6":5,"ps-7":6,
                         "amb-1":4,"amb-2":4,"amb-3":5,"amb-4":4}}""");
                answered++;
            }
        }
        assertEquals(6, answered);

        Map<String, Long> before = new HashMap<>();
        for (String c : COMPONENTS) {
            before.put(c, pid(c));
        }
        signal("KILL", before.get("analytics-service"));
        signal("KILL", before.get("kafka"));
        signal("STOP", before.get("gateway"));
        // closed while analytics and Kafka are gone and the gateway hangs: straight at survey-service
        post("http://127.0.0.1:18481/api/v1/surveys/scans/" + scan + "/close", token, null);

        long t1 = System.nanoTime();
        String second = stack(Duration.ofMinutes(4), "up");
        double recovered = (System.nanoTime() - t1) / 1e9;
        for (String c : COMPONENTS) {
            boolean died = List.of("analytics-service", "kafka", "gateway").contains(c);
            if (died) {
                assertNotEquals(before.get(c), pid(c), c + " was started again");
            } else {
                assertEquals(before.get(c), pid(c), c + " kept running");
            }
        }
        assertTrue(second.contains("gateway") && second.contains("starting analytics-service"), second);
        long t2 = System.nanoTime();
        await("the restarted analytics holds the scan closed while it was down").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Bench.HTTP.send(Bench.request(gw + "/api/v1/analytics/scans/" + scan + "/profile", token).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        double caughtUp = (System.nanoTime() - t2) / 1e9;
        Bench.report("faults.txt", String.format("./stack up after SIGKILL of analytics-service and Kafka and SIGSTOP of the gateway: "
                + "restarted exactly those 3 of 7 (the other 4 kept their processes) in %.1f s (first up %.1f s); the scan "
                + "closed meanwhile in analytics %.1f s later", recovered, firstUp, caughtUp));
    }

    static String post(String url, String token, String body) throws Exception {
        HttpRequest.Builder b = Bench.request(url, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = Bench.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ContractValidation.validate(r);
        assertTrue(r.statusCode() / 100 == 2, url + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    static String json(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }
}
