package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

/**
 * Issue 6's figure: the time from closing a scan (the close call returns) until its profile can be read in
 * analytics through the gateway — outbox, relay, Kafka, idempotent consumer, read model — over 100 closes.
 */
class AnalyticsBenchmark {

    @Test
    void closeToVisibleOverOneHundredCloses() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        String manager = TestTokens.orgManager("laurens");
        int closes = Bench.size(100, 5);
        String[] scans = new String[closes];
        for (int i = 0; i < closes; i++) {
            scans[i] = SurveyBenchmark.createOpenScan(sys, manager);
            JsonNode codes = SurveyBenchmark.post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scans[i] + "/invitations",
                    manager, Map.of("count", 5), 201);
            for (int c = 0; c < 5; c++) {
                HttpResponse<Void> r = Bench.HTTP.send(SurveyBenchmark.submit(sys.gatewayUrl(), codes.get("codes").get(c).get("code").asText()),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 201) {
                    throw new AssertionError("answer refused: " + r.statusCode());
                }
            }
        }
        long[] micros = new long[closes];
        for (int i = 0; i < closes; i++) {
            SurveyBenchmark.post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scans[i] + "/close", manager, null, 200);
            long t0 = System.nanoTime();
            while (true) {
                int status = Bench.HTTP.send(Bench.request(sys.gatewayUrl() + "/api/v1/analytics/scans/" + scans[i] + "/profile", manager)
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    break;
                }
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    throw new AssertionError("profile of " + scans[i] + " not visible after 30 s");
                }
                Thread.sleep(2);
            }
            micros[i] = (System.nanoTime() - t0) / 1000;
        }
        Arrays.sort(micros);
        Bench.report("analytics.txt", String.format("close → profile visible through the gateway, %d closes: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                closes, micros[closes / 2] / 1000.0, micros[(int) (closes * 0.9) - 1] / 1000.0,
                micros[Math.max(0, (int) Math.ceil(closes * 0.99) - 1)] / 1000.0, micros[closes - 1] / 1000.0));
        Targets.atMost("close → profile visible in analytics, p99", micros[Math.max(0, (int) Math.ceil(closes * 0.99) - 1)] / 1000.0,
                100, " ms", closes + " closes through the gateway (outbox, relay, Kafka, consumer, read model)");
    }
}
