package nl.leercultuur.survey.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.close;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anonymity rule over what survey-service gives out, for random scans answered for real: random thresholds,
 * numbers of respondents and which items each answers (so the respondents who count per dimension vary), with an
 * instrument whose dimension b needs at least four. Neither the results (JSON), the CSV nor the scan-completed
 * event carries a figure of a group below its threshold, and the overall index rests only on what is shown.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class AnonymityOutputsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INSTRUMENT = "anonymity-outputs";
    static final long SEED = 20261130L;
    static final int SCANS = 10;

    @Test
    void noFigureOfAGroupBelowItsThresholdInResultsCsvOrEvent() throws Exception {
        SurveyApi.createAndPublish(SurveyApi.halfRuleInstrument(INSTRUMENT));
        Random random = new Random(SEED);
        int suppressedScans = 0;
        int withheldDimensions = 0;
        for (int round = 0; round < SCANS; round++) {
            int threshold = 3 + random.nextInt(4);
            int respondents = random.nextInt(2 * threshold + 2);
            String context = "scan " + round + " (seed " + SEED + ", threshold " + threshold + ", " + respondents + " respondents)";
            String scan = createOpenScan(INSTRUMENT, threshold);
            int countA = 0;
            int countB = 0;
            if (respondents > 0) {
                for (String code : codes(scan, respondents)) {
                    Map<String, Object> answers = new HashMap<>();
                    answers.put("a-1", 1 + random.nextInt(5)); // everybody answers something
                    int answeredA = 1;
                    int answeredB = 0;
                    for (String item : List.of("a-2", "a-3", "a-4")) {
                        if (random.nextBoolean()) {
                            answers.put(item, 1 + random.nextInt(5));
                            answeredA++;
                        }
                    }
                    for (String item : List.of("b-1", "b-2")) {
                        if (random.nextInt(3) == 0) {
                            answers.put(item, 1 + random.nextInt(5));
                            answeredB++;
                        }
                    }
                    submit(code, answers, 201);
                    countA += answeredA >= 2 ? 1 : 0; // half of a dimension's items make a respondent count
                    countB += answeredB >= 1 ? 1 : 0;
                }
            }
            close(scan);
            Map<String, Integer> needed = Map.of("a", threshold, "b", Math.max(threshold, 4));
            Map<String, Integer> counted = Map.of("a", countA, "b", countB);
            boolean scanSuppressed = respondents < threshold;
            suppressedScans += scanSuppressed ? 1 : 0;

            JsonNode results = JSON.readTree(given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scan + "/results")
                    .then().statusCode(200).extract().asString());
            assertEquals(scanSuppressed, results.path("suppressed").asBoolean(), context);
            List<CSVRecord> csv = csv(scan);
            JsonNode event = JSON.readTree(ScoringRulesTest.eventOf(scan).value());
            assertEquals(scanSuppressed, event.path("suppressed").asBoolean(), context);
            if (scanSuppressed) {
                assertEquals(0, results.path("dimensions").size(), context + ": " + results);
                assertTrue(results.path("overallIndex").isNull() || results.path("overallIndex").isMissingNode(), context);
                assertEquals(0, results.path("openAnswers").size(), context);
                assertTrue(csv.stream().allMatch(r -> r.get("mean").isEmpty() && r.get("n").isEmpty()), context + ": " + csv);
                assertEquals(0, event.path("dimensions").size(), context + ": " + event);
                assertTrue(event.path("overallIndex").isNull() || event.path("overallIndex").isMissingNode(), context);
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int shown = 0;
            for (String key : List.of("a", "b")) {
                boolean allowed = counted.get(key) >= needed.get(key);
                withheldDimensions += allowed ? 0 : 1;
                JsonNode r = byKey(results.path("dimensions"), key);
                JsonNode e = byKey(event.path("dimensions"), key);
                CSVRecord c = csv.stream().filter(x -> x.get("dimension_key").equals(key)).findFirst().orElseThrow();
                if (allowed) {
                    assertEquals(counted.get(key), r.path("n").asInt(), context + " " + key);
                    assertEquals(counted.get(key), e.path("n").asInt(), context + " " + key);
                    assertEquals(String.valueOf(counted.get(key)), c.get("n"), context + " " + key);
                    sum = sum.add(r.path("mean").decimalValue());
                    shown++;
                } else {
                    for (JsonNode x : List.of(r, e)) {
                        assertTrue(x.path("suppressed").asBoolean(), context + " " + key + ": " + x);
                        for (String figure : List.of("n", "mean", "sd", "favourableShare", "distribution")) {
                            assertTrue(x.path(figure).isNull() || x.path(figure).isMissingNode(), context + " " + key + "." + figure + ": " + x);
                        }
                    }
                    for (String figure : List.of("n", "mean", "sd", "favourable_share", "distribution")) {
                        assertEquals("", c.get(figure), context + " " + key + " " + figure);
                    }
                }
            }
            // the overall index is the mean of the dimensions shown: it cannot give a withheld one away
            BigDecimal overall = shown == 0 ? null : sum.divide(BigDecimal.valueOf(shown), 3, RoundingMode.HALF_UP);
            assertEquals(overall == null ? null : overall.doubleValue(),
                    results.path("overallIndex").isNumber() ? results.path("overallIndex").asDouble() : null, context);
            assertEquals(overall == null ? null : overall.doubleValue(),
                    event.path("overallIndex").isNumber() ? event.path("overallIndex").asDouble() : null, context);
        }
        System.out.printf("anonymity over outputs: %d scans, %d below their threshold, %d dimensions withheld%n",
                SCANS, suppressedScans, withheldDimensions);
        assertTrue(suppressedScans > 0 && withheldDimensions > 0, "the random scans cover both cases");
        assertFalse(suppressedScans == SCANS, "and scans that show figures");
    }

    private static JsonNode byKey(JsonNode dims, String key) {
        for (JsonNode d : dims) {
            if (key.equals(d.path("key").asText())) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + key + " in " + dims);
    }

    private static List<CSVRecord> csv(String scan) throws Exception {
        String text = given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scan + "/results.csv")
                .then().statusCode(200).extract().asString();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            return p.getRecords();
        }
    }
}
