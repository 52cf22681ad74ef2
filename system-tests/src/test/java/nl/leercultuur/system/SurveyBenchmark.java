package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Issue 3's figures: anonymous submissions per second into one scan (through the gateway and straight to
 * survey-service), and the time to close — score in one SQL statement and write the event — a scan of
 * 10,000 responses. Prints figures; asserts only that the work was done, never how fast.
 */
class SurveyBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ORG = "laurens";

    @Test
    void submissionsPerSecondAndCloseOfTenThousand() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        String manager = TestTokens.orgManager(ORG);
        int total = 10_000 * Bench.scale();
        String scanId = createOpenScan(sys, manager);
        List<String> codes = codes(sys, manager, scanId, total);
        Bench.report("survey.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + "; services -Xmx256m SerialGC; " + OffsetDateTime.now());
        // Warm-up (JIT) with a separate scan so the measured scan holds exactly `total` responses.
        String warmScan = createOpenScan(sys, manager);
        JsonNode warmCodes = post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + warmScan + "/invitations", manager,
                Map.of("count", 1000), 201);
        Bench.run("warm-up", 500, 16, i -> submit(sys.gatewayUrl(), warmCodes.get("codes").get(i).get("code").asText()));
        Bench.run("warm-up", 500, 16, i -> submit(sys.survey.url(), warmCodes.get("codes").get(500 + i).get("code").asText()));

        int half = total / 2;
        Bench.Result viaGateway = Bench.run("submit via gateway (16 clients)", half, 16,
                i -> submit(sys.gatewayUrl(), codes.get(i)));
        Bench.report("survey.txt", viaGateway.line());
        Bench.Result direct = Bench.run("submit straight to survey-service (16 clients)", total - half, 16,
                i -> submit(sys.survey.url(), codes.get(half + i)));
        Bench.report("survey.txt", direct.line());
        if (viaGateway.errors() + direct.errors() > 0) {
            throw new AssertionError("submissions failed: " + viaGateway.statuses() + " " + direct.statuses());
        }

        long t0 = System.nanoTime();
        JsonNode closed = post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/close", manager, null, 200);
        double closeMs = (System.nanoTime() - t0) / 1e6;
        if (closed.get("responseCount").asInt() != total) {
            throw new AssertionError("expected " + total + " responses, scan says " + closed.get("responseCount"));
        }
        Bench.report("survey.txt", String.format("close (score + outbox event) of a scan with %d responses: %.0f ms", total, closeMs));
        long r0 = System.nanoTime();
        JsonNode results = get(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/results", manager);
        Bench.report("survey.txt", String.format("results of that scan: %.0f ms (psychological-safety mean %s, n %s)",
                (System.nanoTime() - r0) / 1e6, results.at("/dimensions/0/mean"), results.at("/dimensions/0/n")));
        Bench.report("survey.txt", String.format("resident memory after the run: survey-service %d MB, gateway %d MB",
                sys.survey.residentMb(), sys.gateway.residentMb()));
    }

    static HttpRequest submit(String base, String code) {
        return submit(base, code, answers());
    }

    static HttpRequest submit(String base, String code, String answers) {
        return Bench.request(base + "/api/v1/surveys/respond/" + code, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers)).build();
    }

    /** A complete, random answer to the team psychological safety instrument. */
    static String answers() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder("{\"answers\":{");
        for (int i = 1; i <= 7; i++) {
            body.append("\"ps-").append(i).append("\":").append(1 + r.nextInt(7)).append(',');
        }
        for (int i = 1; i <= 4; i++) {
            body.append("\"amb-").append(i).append("\":").append(1 + r.nextInt(7)).append(i < 4 ? "," : "");
        }
        return body.append("}}").toString();
    }

    /** {@code n} one-time codes for the scan, issued in batches. */
    static List<String> codes(SystemUnderTest sys, String manager, String scanId, int n) throws Exception {
        List<String> codes = new ArrayList<>(n);
        while (codes.size() < n) {
            int batch = Math.min(5000, n - codes.size());
            JsonNode issued = post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/invitations", manager,
                    Map.of("count", batch), 201);
            issued.get("codes").forEach(c -> codes.add(c.get("code").asText()));
        }
        return codes;
    }

    static String createOpenScan(SystemUnderTest sys, String manager) throws Exception {
        Map<String, Object> scan = Map.of("instrumentKey", "team-psychological-safety", "organisationId", ORG,
                "title", "Benchmark", "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", OffsetDateTime.now().plusDays(7).toString());
        String id = post(sys.gatewayUrl() + "/api/v1/surveys/scans", manager, scan, 201).get("id").asText();
        post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + id + "/open", manager, null, 200);
        return id;
    }

    static JsonNode post(String url, String token, Object body, int expected) throws Exception {
        HttpRequest.Builder b = Bench.request(url, token).header("Content-Type", "application/json");
        b = body == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = Bench.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        ContractValidation.validate(r);
        if (r.statusCode() != expected) {
            throw new AssertionError(url + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> r = Bench.HTTP.send(Bench.request(url, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        ContractValidation.validate(r);
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " -> " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
