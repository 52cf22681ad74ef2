package nl.leercultuur.analytics.anonymity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.publishScan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anonymity rule over everything analytics answers, for random organisations, thresholds and figures: no JSON
 * answer, CSV or SVG carries a figure of a group below its threshold — also when an event (from a faulty or forged
 * producer) does carry one — and a group that is withheld changes no figure that is shown (its scan's own overall
 * index, the organisation's trend and benchmark, the region's), so comparing an organisation's figures with its
 * units' before and after cannot reveal it (differencing).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class AnonymityAcrossOutputsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long SEED = 20261130L;
    static final int ROUNDS = 6;

    @Test
    void noOutputCarriesAWithheldGroupAndWithheldGroupsMoveNoShownFigure() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            oneRound(round, random);
        }
    }

    private void oneRound(int round, Random random) throws Exception {
        String instrument = "anon-" + round;
        String org = "anon-org-" + round;
        int threshold = 3 + random.nextInt(8);
        String context = "round " + round + " (seed " + SEED + ", threshold " + threshold + ")";
        // shown: an organisation-wide scan and a unit's scan, plus five other organisations for a region benchmark
        List<String> shown = new ArrayList<>();
        shown.add(publishScan(org, "hospital", instrument, 1, null, "2026-05-01T10:00:00Z", null, false,
                threshold + random.nextInt(30), threshold, dims(random, threshold, "a", "b", "c")));
        shown.add(publishScan(org, "hospital", instrument, 1, "Unit 1", "2026-05-02T10:00:00Z", null, false,
                threshold + random.nextInt(30), threshold, dims(random, threshold, "a", "b", "c")));
        for (int o = 0; o < 5; o++) {
            shown.add(publishScan(org + "-peer-" + o, o % 2 == 0 ? "hospital" : "elderly-care", instrument, 1, null,
                    "2026-04-0" + (o + 1) + "T10:00:00Z", null, false, threshold + random.nextInt(30), threshold,
                    dims(random, threshold, "a", "b", "c")));
        }
        shown.forEach(s -> awaitStored(s));
        Map<String, String> before = outputs(org, instrument, shown);

        // withheld: a unit scan below the threshold that still carries figures (a faulty producer), the latest of all;
        // an older unit scan with one dimension below the threshold not marked as withheld; a scan of another unit
        // whose one dimension is marked withheld
        int few = random.nextInt(threshold);
        String below = publishScan(org, "hospital", instrument, 1, "Unit 2", "2026-06-01T10:00:00Z", null, random.nextBoolean(),
                few, threshold, poison("a", few), poison("b", few), poison("c", few));
        String partly = publishScan(org, "hospital", instrument, 1, "Unit 3", "2026-03-01T10:00:00Z", null, false,
                threshold + 10, threshold, plus(dims(random, threshold, "a", "b"), poison("c", threshold - 1 - random.nextInt(threshold - 1))));
        String marked = publishScan(org, "hospital", instrument, 1, "Unit 4", "2026-03-02T10:00:00Z", null, false,
                threshold + 10, threshold, plus(dims(random, threshold, "a", "b"),
                "{\"key\":\"c\",\"name\":\"c\",\"suppressed\":true}"));
        awaitStored(below);
        awaitStored(partly);
        awaitStored(marked);

        // differencing: everything shown before reads the same now
        Map<String, String> after = outputs(org, instrument, shown);
        for (String k : before.keySet()) {
            assertEquals(before.get(k), after.get(k), context + ": " + k + " changed when withheld groups arrived");
        }

        // the withheld groups themselves: no figure in JSON, CSV or SVG
        JsonNode p = profile(below);
        assertTrue(p.path("suppressed").asBoolean(), context + ": " + p);
        assertEquals(0, p.path("dimensions").size(), context + ": " + p);
        assertTrue(p.path("overallIndex").isNull() || p.path("overallIndex").isMissingNode(), context + ": " + p);
        assertTrue(p.path("learningZone").isNull() || p.path("learningZone").isMissingNode(), context + ": " + p);
        assertEquals(1, csv(below).size(), context + ": only the header row");
        assertFalse(svg(below).contains("</title></rect>"), context + ": no bar for a scan below its threshold");
        for (String scan : List.of(partly, marked)) {
            JsonNode q = profile(scan);
            List<String> keys = new ArrayList<>();
            double sum = 0;
            for (JsonNode d : q.path("dimensions")) {
                keys.add(d.path("key").asText());
                assertTrue(d.path("n").asInt() >= threshold, context + ": " + d);
                sum += d.path("mean").asDouble();
            }
            assertEquals(List.of("a", "b"), keys, context + ": the dimension below the threshold is left out");
            // its overall index rests on the dimensions shown only, so it does not give the withheld one away
            assertEquals(sum / 2, q.path("overallIndex").asDouble(), 0.00051, context); // rounded to three decimals
            String svg = svg(scan);
            assertFalse(svg.contains("<title>c:"), context + ": " + svg);
            assertFalse(String.join("\n", csv(scan)).contains(",c,c,"), context);
        }
        JsonNode unit2 = get("/api/v1/analytics/organisations/" + org + "/trend?instrument=" + instrument + "&unit=Unit 2");
        for (JsonNode point : unit2.path("series")) {
            assertEquals(0, point.path("dimensions").size(), context + ": " + point);
        }
        for (JsonNode change : unit2.path("changes")) {
            assertTrue(change.path("latestMean").isNull() || change.path("latestMean").isMissingNode(), context + ": " + change);
        }
    }

    /** Every output about the organisation, its shown scans and the region, as text. */
    private Map<String, String> outputs(String org, String instrument, List<String> scans) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : scans.subList(0, 2)) {
            out.put("profile " + s, get("/api/v1/analytics/scans/" + s + "/profile").toString());
            out.put("profile.csv " + s, String.join("\n", csv(s)));
            out.put("profile.svg " + s, svg(s));
        }
        String trend = "/api/v1/analytics/organisations/" + org + "/trend";
        out.put("trend", get(trend + "?instrument=" + instrument).toString());
        out.put("trend unit", get(trend + "?instrument=" + instrument + "&unit=Unit 1").toString());
        out.put("trend.csv", text(trend + ".csv?instrument=" + instrument));
        out.put("trend.svg", text(trend + ".svg?instrument=" + instrument));
        out.put("benchmark", get("/api/v1/analytics/organisations/" + org + "/benchmark?instrument=" + instrument).toString());
        out.put("region", get("/api/v1/analytics/region/benchmark?instrument=" + instrument).toString());
        return out;
    }

    /** Dimensions that may be shown: n at or above the threshold. */
    private static String[] dims(Random random, int threshold, String... keys) {
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            double mean = 1 + random.nextInt(4001) / 1000.0;
            out[i] = dim(keys[i], mean, 0.5 + random.nextInt(800) / 1000.0, threshold + random.nextInt(20), random.nextInt(101) / 100.0);
        }
        return out;
    }

    private static String[] plus(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }

    /** A dimension with fewer respondents than the threshold and a mean that appears nowhere else. */
    private static String poison(String key, int n) {
        return dim(key, 4.321, 0.777, n, 0.66);
    }

    private JsonNode profile(String scan) throws Exception {
        return get("/api/v1/analytics/scans/" + scan + "/profile");
    }

    private List<String> csv(String scan) {
        String csv = text("/api/v1/analytics/scans/" + scan + "/profile.csv");
        assertFalse(csv.contains("4.321"), csv);
        return csv.lines().toList();
    }

    private String svg(String scan) {
        String svg = text("/api/v1/analytics/scans/" + scan + "/profile.svg");
        assertFalse(svg.contains("4.321") || svg.contains("4.32<"), svg);
        return svg;
    }

    private JsonNode get(String path) throws Exception {
        String body = text(path);
        assertFalse(body.contains("4.321"), path + ": " + body);
        return JSON.readTree(body);
    }

    private String text(String path) {
        return given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200).extract().asString()
                .replace(String.format(Locale.ROOT, "%.3f", 0.0), "0.000");
    }
}
