package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.testkit.TestTokens;
import nl.leercultuur.testkit.ServiceProcess;
import nl.leercultuur.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        int rounds = Bench.smoke() ? 1 : 5;
        int perRun = Bench.size(2_000, 100);
        int total = 2 * rounds * perRun;
        String scanId = createOpenScan(sys, manager);
        List<String> codes = codes(sys, manager, scanId, total);
        Bench.report("survey.txt", "machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + "; services with the JVM options of deploy/helm/leercultuur/jvm.conf; " + OffsetDateTime.now());
        // Warm-up with a separate scan (so the measured scan holds exactly `total` responses), in pairs of rounds — through
        // the gateway, then straight — until the JIT compilers of the gateway and survey-service are quiet (JitShare)
        String warmScan = createOpenScan(sys, manager);
        Map<String, ServiceProcess> measured = Map.of("gateway", sys.gateway, "survey-service", sys.survey);
        JitShare.warmUntilQuiet("survey.txt", JitShare.pids(measured, false), Bench.smoke() ? 1 : 40, w -> {
            List<String> warmCodes;
            try {
                warmCodes = codes(sys, manager, warmScan, 2 * perRun);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Bench.Result g = Bench.run("warm-up via gateway, pair " + w, perRun, 16, i -> submit(sys.gatewayUrl(), warmCodes.get(i)));
            Bench.Result d = Bench.run("warm-up straight, pair " + w, perRun, 16, i -> submit(sys.survey.url(), warmCodes.get(perRun + i)));
            return String.format(java.util.Locale.ROOT, "%d answers via gateway %.0f/s, %d straight %.0f/s", perRun, g.perSecond(), perRun, d.perSecond());
        });

        // issue 19, target 2: through the gateway against straight to the service, interleaved rounds, medians
        List<Bench.Result> viaGateway = new ArrayList<>();
        List<Bench.Result> direct = new ArrayList<>();
        int next = 0;
        JitShare measuredJit = JitShare.start(measured);
        for (int r = 1; r <= rounds; r++) {
            int from = next;
            viaGateway.add(Bench.run("submit via gateway (16 clients), round " + r, perRun, 16,
                    i -> submit(sys.gatewayUrl(), codes.get(from + i))));
            int from2 = next + perRun;
            direct.add(Bench.run("submit straight to survey-service (16 clients), round " + r, perRun, 16,
                    i -> submit(sys.survey.url(), codes.get(from2 + i))));
            next += 2 * perRun;
            Bench.report("survey.txt", viaGateway.get(r - 1).line());
            Bench.report("survey.txt", direct.get(r - 1).line());
        }
        Bench.report("survey.txt", "during the measured rounds: " + measuredJit.stop());
        for (Bench.Result r : viaGateway) {
            if (r.errors() > 0) {
                throw new AssertionError("submissions failed: " + r.statuses());
            }
        }
        for (Bench.Result r : direct) {
            if (r.errors() > 0) {
                throw new AssertionError("submissions failed: " + r.statuses());
            }
        }
        long t0 = System.nanoTime();
        JsonNode closed = post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/close", manager, null, 200);
        double closeMs = (System.nanoTime() - t0) / 1e6;
        if (closed.get("responseCount").asInt() != total) {
            throw new AssertionError("expected " + total + " responses, scan says " + closed.get("responseCount"));
        }
        Bench.report("survey.txt", String.format("close (score + outbox event) of a scan with %d responses: %.0f ms", total, closeMs));
        // pgbench after the measured scan is closed: its rows (in a scan of their own) leave that close alone
        double gatewayRate = median(viaGateway);
        double directRate = median(direct);
        // pgbench writes into a scan of its own, so the measured scan holds exactly the answers sent
        double insertRate = pgbenchAnswerInserts(sys, createOpenScan(sys, manager), Bench.smoke() ? 2 : 10);
        Bench.report("survey.txt", String.format(java.util.Locale.ROOT,
                "answering medians: via gateway %.0f/s, straight %.0f/s (%.2f x); pgbench inserting an answer's rows (16 clients): %.0f tx/s (straight = %.2f x)",
                gatewayRate, directRate, gatewayRate / directRate, insertRate, directRate / insertRate));
        Targets.atLeast("answering through the gateway against straight to survey-service", gatewayRate / directRate, 0.8, "×",
                String.format(java.util.Locale.ROOT, "16 clients, median of %d: %.0f vs %.0f answers/s", rounds, gatewayRate, directRate));
        Targets.atLeast("answering straight to survey-service against pgbench inserting the same rows", directRate / insertRate, 0.25, "×",
                String.format(java.util.Locale.ROOT, "%.0f answers/s vs %.0f transactions/s (a response and its 11 answers per transaction, 16 clients)",
                        directRate, insertRate));

        closeOfALargeScan(sys, manager, Bench.size(100_000, 1_000));
        Bench.report("survey.txt", String.format("resident memory after the run: survey-service %d MB, gateway %d MB",
                sys.survey.residentMb(), sys.gateway.residentMb()));
    }

    /**
     * Issue 19, target 5: a scan of 100,000 responses (written straight into the database, as 100,000 answers through
     * HTTP would take minutes), closed through the gateway — scoring in one SQL statement plus the outbox event — and its
     * results read.
     */
    static void closeOfALargeScan(SystemUnderTest sys, String manager, int responses) throws Exception {
        String scanId = createOpenScan(sys, manager);
        TestPostgres.Database db = sys.databases.get("survey");
        long g0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.server().user(), db.server().password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_response AS SELECT gen_random_uuid() AS id FROM generate_series(1, " + responses + ")");
            s.execute("INSERT INTO response (id, scan_id, submitted_on, language) SELECT id, '" + scanId + "', current_date, 'nl' FROM bench_response");
            // the answers as the service stores them: reverse-scored where the item says so, favourable in the top two points
            s.execute("""
                    INSERT INTO answer (response_id, scan_id, item_key, dimension_key, score, favourable)
                    SELECT r.id, 'SCAN', i.item, i.dimension, CASE WHEN i.reverse THEN 8 - v.raw ELSE v.raw END,
                           (CASE WHEN i.reverse THEN 8 - v.raw ELSE v.raw END) >= 6
                    FROM bench_response r
                    CROSS JOIN (VALUES ('ps-1', 'psychological-safety', true), ('ps-2', 'psychological-safety', false),
                        ('ps-3', 'psychological-safety', true), ('ps-4', 'psychological-safety', false),
                        ('ps-5', 'psychological-safety', true), ('ps-6', 'psychological-safety', false),
                        ('ps-7', 'psychological-safety', false), ('amb-1', 'team-ambition', false),
                        ('amb-2', 'team-ambition', false), ('amb-3', 'team-ambition', false),
                        ('amb-4', 'team-ambition', false)) AS i(item, dimension, reverse)
                    CROSS JOIN LATERAL (SELECT 1 + floor(random() * 7)::int AS raw WHERE r.id IS NOT NULL) v
                    """.replace("SCAN", scanId));
            s.execute("ANALYZE response");
            s.execute("ANALYZE answer");
        }
        Bench.report("survey.txt", String.format(java.util.Locale.ROOT, "%,d responses (%,d answers) written into a scan in %.1f s",
                responses, responses * 11, (System.nanoTime() - g0) / 1e9));
        long t0 = System.nanoTime();
        JsonNode closed = post(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/close", manager, null, 200);
        double closeMs = (System.nanoTime() - t0) / 1e6;
        if (closed.get("responseCount").asInt() != responses) {
            throw new AssertionError("expected " + responses + " responses, scan says " + closed.get("responseCount"));
        }
        List<Double> reads = new ArrayList<>();
        JsonNode results = null;
        for (int i = 0; i < 11; i++) {
            long r0 = System.nanoTime();
            results = get(sys.gatewayUrl() + "/api/v1/surveys/scans/" + scanId + "/results", manager);
            reads.add((System.nanoTime() - r0) / 1e6);
        }
        java.util.Collections.sort(reads);
        double firstRead = reads.get(0);
        double medianRead = reads.get(reads.size() / 2);
        Bench.report("survey.txt", String.format(java.util.Locale.ROOT,
                "close of a scan with %,d responses: %.0f ms; its results: median %.1f ms, slowest %.1f ms of 11 reads (psychological-safety n %s, mean %s)",
                responses, closeMs, medianRead, reads.get(reads.size() - 1), results.at("/dimensions/0/n"), results.at("/dimensions/0/mean")));
        Targets.atMost("close of a scan of 100,000 responses", closeMs / 1000, 5, " s",
                String.format(java.util.Locale.ROOT, "%,d responses, through the gateway, scoring + outbox event", responses));
        Targets.atMost("results of that scan", medianRead, 100, " ms", "median of 11 reads through the gateway (fastest " + Targets.num(firstRead) + " ms)");
    }

    /**
     * What PostgreSQL itself does per second when it only stores what an answer stores — a response and its 11 answers,
     * one transaction each, 16 clients — measured with pgbench against the survey database in the same run. (The service
     * also looks the code up and marks it used in the same transaction; pgbench does only the inserts.)
     */
    static double pgbenchAnswerInserts(SystemUnderTest sys, String scanId, int seconds) throws Exception {
        TestPostgres.Database db = sys.databases.get("survey");
        java.net.URI uri = java.net.URI.create(db.jdbcUrl().substring("jdbc:".length()));
        java.nio.file.Path script = java.nio.file.Files.createTempFile("answer", ".sql");
        StringBuilder answers = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            String item = i <= 7 ? "ps-" + i : "amb-" + (i - 7);
            answers.append(i > 1 ? ", " : "").append("((SELECT id FROM r), '").append(scanId).append("', '").append(item).append("', '")
                    .append(i <= 7 ? "psychological-safety" : "team-ambition").append("', 1 + (random() * 6)::int, random() < 0.4)");
        }
        java.nio.file.Files.writeString(script, "WITH r AS (INSERT INTO response (id, scan_id, submitted_on, language) VALUES (gen_random_uuid(), '"
                + scanId + "', current_date, 'nl') RETURNING id) INSERT INTO answer (response_id, scan_id, item_key, dimension_key, score, favourable) VALUES "
                + answers + ";\n");
        List<String> cmd = List.of("pgbench", "-n", "-c", "16", "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(),
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", db.server().user(), uri.getPath().substring(1));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", db.server().password() == null ? "" : db.server().password());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("pgbench failed: " + out);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("tps = ([\\d.]+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError("no tps in pgbench's output: " + out);
        }
        java.nio.file.Files.deleteIfExists(script);
        return Double.parseDouble(m.group(1));
    }

    static double median(List<Bench.Result> runs) {
        double[] v = runs.stream().mapToDouble(Bench.Result::perSecond).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
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
