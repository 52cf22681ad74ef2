package nl.leercultuur.system;

import nl.leercultuur.system.browser.WebStack;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@code ./stack up} after components died: analytics-service and the Kafka broker SIGKILLed, the gateway stopped
 * (SIGSTOP, a hung process that still holds its port), while a scan is closed. {@code ./stack up} again restarts
 * exactly those three — judged by process state and health, not by pid files — leaves the others running, and the
 * scan closed meanwhile reaches analytics. On the browser journeys' whole stack ({@link WebStack}: Keycloak included,
 * on ports of its own, with its own state directory, databases and database user, beside a developer's), after them:
 * the failsafe execution "stack" runs this class last ({@link SuiteOrder}), and the stack goes down when the JVM exits.
 */
class StackRestartIT {

    static final List<String> COMPONENTS = List.of("kafka", "keycloak", "survey-service", "network-service",
            "resource-catalog-service", "analytics-service", "web", "gateway");

    static void signal(String sig, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + sig, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    @Test
    void upAfterKillsRestartsExactlyWhatDiedAndThePlatformCatchesUp() throws Exception {
        // never a developer's running stack (-Dwebstack.base-url): this test kills its processes
        assumeFalse(WebStack.external(), "against an external stack: not killing its processes");
        // the stack is up (the first call starts it, from empty databases); ./stack up on it changes nothing
        WebStack web = WebStack.get();
        StackScript stack = web.script();
        Map<String, Long> running = new HashMap<>();
        for (String c : COMPONENTS) {
            running.put(c, stack.pid(c));
        }
        long t0 = System.nanoTime();
        stack.run(Duration.ofMinutes(8), "up");
        double again = (System.nanoTime() - t0) / 1e9;
        for (String c : COMPONENTS) {
            assertEquals(running.get(c), stack.pid(c), c + " kept running through ./stack up on a running stack");
        }
        String token = stack.run(Duration.ofSeconds(30), "token", "manager").trim();
        String gw = web.baseUrl();

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
            before.put(c, stack.pid(c));
        }
        signal("KILL", before.get("analytics-service"));
        signal("KILL", before.get("kafka"));
        signal("STOP", before.get("gateway"));
        // closed while analytics and Kafka are gone and the gateway hangs: straight at survey-service
        post("http://127.0.0.1:" + WebStack.SURVEY_PORT + "/api/v1/surveys/scans/" + scan + "/close", token, null);

        long t1 = System.nanoTime();
        String second = stack.run(Duration.ofMinutes(4), "up");
        double recovered = (System.nanoTime() - t1) / 1e9;
        for (String c : COMPONENTS) {
            boolean died = List.of("analytics-service", "kafka", "gateway").contains(c);
            if (died) {
                assertNotEquals(before.get(c), stack.pid(c), c + " was started again");
            } else {
                assertEquals(before.get(c), stack.pid(c), c + " kept running");
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
                + "restarted exactly those 3 of %d (the other %d kept their processes) in %.1f s (the stack's first up %.1f s, "
                + "up again while all ran %.1f s, restarting nothing); the scan closed meanwhile in analytics %.1f s later",
                COMPONENTS.size(), COMPONENTS.size() - 3, recovered, web.upSeconds(), again, caughtUp));
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
