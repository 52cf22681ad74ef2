package nl.leercultuur.network.learning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestPostgres;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.createNetwork;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.participant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases tied to measurements: closed scans arrive as survey.scan-completed.v1 events over Kafka (platform's inbox),
 * a case takes one as its baseline and a later one as its evaluation, and its view shows before and after.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class CaseMeasurementsFlowTest {

    static final String INSTRUMENT = "team-psychological-safety";
    static final String FACILITATOR = TestTokens.facilitator();

    /** A dimension as the event carries it: figures, or withheld (key, name, suppressed only). */
    static String dim(String key, String name, Double mean, int n) {
        return mean == null ? "{\"key\":\"%s\",\"name\":\"%s\",\"suppressed\":true}".formatted(key, name)
                : "{\"key\":\"%s\",\"name\":\"%s\",\"n\":%d,\"mean\":%s,\"sd\":0.9,\"favourableShare\":0.4,\"scaleMin\":1,\"scaleMax\":7,\"distribution\":{\"1\":1,\"7\":4}}"
                .formatted(key, name, n, mean);
    }

    static String event(String scanId, String org, String instrument, String closedAt, int responses, boolean suppressed, String... dims) {
        return """
                {"scanId":"%s","organisationId":"%s","organisationName":"Org","sector":"elderly-care","region":"Rotterdam-Rijnmond",
                 "unitLabel":"Team Kralingen","title":"Teamscan","instrument":{"key":"%s","version":1},
                 "openedAt":"2026-01-01T08:00:00Z","closedAt":"%s","responseCount":%d,"responseRate":0.5,"anonymityThreshold":5,
                 "suppressed":%s,"dimensions":[%s]}
                """.formatted(scanId, org, instrument, closedAt, responses, suppressed, suppressed ? "" : String.join(",", dims));
    }

    static void publish(String eventId, String org, String data) {
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SCAN_COMPLETED, org,
                new CloudEvent(eventId, "/leercultuur/survey-service", EventTypes.SCAN_COMPLETED, null,
                        OffsetDateTime.now(), "application/json", data)));
    }

    static String publishScan(String org, String instrument, String closedAt, String... dims) {
        String scanId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), org, event(scanId, org, instrument, closedAt, 12, false, dims));
        awaitKnown(scanId);
        return scanId;
    }

    /** Waits until the consumer has stored the scan (read straight from the read model). */
    static void awaitKnown(String scanId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !query("SELECT scan_id FROM closed_scan WHERE scan_id = ?::uuid", scanId).isEmpty());
    }

    static List<Map<String, Object>> query(String sql, String param) {
        TestPostgres.Server pg = TestPostgres.server();
        try (Connection c = DriverManager.getConnection(System.getProperty("leercultuur.testkit.jdbc-url.network"), pg.user(), pg.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(rs.getMetaData().getColumnLabel(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Case(String network, String participant, String token, String base) {
    }

    static Case caseOf(String org) {
        String network = createNetwork("Netwerk metingen " + System.nanoTime());
        String subject = "case-owner-" + UUID.randomUUID();
        String p = participant(network, "Anna Meting", org, subject);
        String token = TestTokens.token(subject, null, "participant");
        String base = "/api/v1/networks/" + network + "/participants/" + p + "/case";
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("question", "Hoe wordt het veiliger om fouten te bespreken?")).when().post(base).then().statusCode(201)
                .body("measurements", nullValue());
        return new Case(network, p, token, base);
    }

    static ValidatableResponse measure(String token, Case c, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(c.base() + "/measurements").then();
    }

    static Map<String, Object> choice(String baseline, String evaluation, String... dimensions) {
        Map<String, Object> m = new HashMap<>();
        m.put("baselineScanId", baseline);
        m.put("evaluationScanId", evaluation);
        m.put("dimensions", List.of(dimensions));
        return m;
    }

    @Test
    void aCaseComparesItsBaselineAndEvaluationWhereBothDisclose() {
        Case c = caseOf("laurens");
        String before = publishScan("laurens", INSTRUMENT, "2026-01-20T10:00:00Z",
                dim("psychological-safety", "Psychologische veiligheid", 4.1, 9), dim("team-ambition", "Teamambitie", 3.5, 9),
                dim("learning-behaviour", "Leergedrag", null, 0));
        String after = publishScan("laurens", INSTRUMENT, "2026-06-20T10:00:00Z",
                dim("psychological-safety", "Psychologische veiligheid", 4.9, 11), dim("team-ambition", "Teamambitie", null, 0),
                dim("learning-behaviour", "Leergedrag", 4.0, 10));

        // the baseline alone: the comparison waits for the evaluation
        measure(c.token(), c, choice(before, null)).statusCode(200)
                .body("measurements.state", equalTo("awaiting-evaluation"))
                .body("measurements.baseline.scanId", equalTo(before))
                .body("measurements.baseline.unitLabel", equalTo("Team Kralingen"))
                .body("measurements.baseline.instrumentKey", equalTo(INSTRUMENT))
                .body("measurements.baseline.closedAt", containsString("2026-01-20"))
                .body("measurements.dimensions", hasSize(0))
                .body("log[-1].kind", equalTo("progress"));

        // no dimensions chosen: every dimension both disclosed
        measure(c.token(), c, choice(before, after)).statusCode(200)
                .body("measurements.state", equalTo("compared"))
                .body("measurements.evaluation.scanId", equalTo(after))
                .body("measurements.dimensions", hasSize(1))
                .body("measurements.dimensions[0].key", equalTo("psychological-safety"))
                .body("measurements.dimensions[0].name", equalTo("Psychologische veiligheid"))
                .body("measurements.dimensions[0].before", is(4.1f))
                .body("measurements.dimensions[0].after", is(4.9f))
                .body("measurements.dimensions[0].difference", is(0.8f))
                .body("measurements.dimensions[0].withheld", is(false));

        // the dimensions the case is about, one withheld after: said so, without figures
        measure(c.token(), c, choice(before, after, "team-ambition", "psychological-safety")).statusCode(200)
                .body("measurements.chosenDimensions", equalTo(List.of("team-ambition", "psychological-safety")))
                .body("measurements.dimensions.key", equalTo(List.of("team-ambition", "psychological-safety")))
                .body("measurements.dimensions[0].withheld", is(true))
                .body("measurements.dimensions[0].withheldIn", equalTo(List.of("evaluation")))
                .body("measurements.dimensions[0].before", nullValue())
                .body("measurements.dimensions[0].after", nullValue())
                .body("measurements.dimensions[0].difference", nullValue());

        // the figures are the organisation's results: the participant and admins see them, the network's facilitator
        // sees which dimensions the case is about, not the figures
        given().auth().oauth2(FACILITATOR).when().get(c.base()).then().statusCode(200)
                .body("measurements.figuresHidden", is(true))
                .body("measurements.dimensions.key", equalTo(List.of("team-ambition", "psychological-safety")))
                .body("measurements.dimensions[1].before", nullValue())
                .body("measurements.dimensions[1].difference", nullValue());
        given().auth().oauth2(c.token()).when().get(c.base()).then().statusCode(200)
                .body("measurements.baseline.scanId", equalTo(before))
                .body("measurements.figuresHidden", nullValue())
                .body("measurements.dimensions[1].difference", is(0.8f));
        given().auth().oauth2(TestTokens.admin()).when().get(c.base()).then().statusCode(200)
                .body("measurements.dimensions[1].difference", is(0.8f));
    }

    @Test
    void theRulesForChoosingScansAnswer422NamingTheField() {
        Case c = caseOf("laurens");
        String jan = publishScan("laurens", INSTRUMENT, "2026-01-20T10:00:00Z", dim("psychological-safety", "Psychologische veiligheid", 4.1, 9));
        String jun = publishScan("laurens", INSTRUMENT, "2026-06-20T10:00:00Z", dim("psychological-safety", "Psychologische veiligheid", 4.4, 9));
        String otherInstrument = publishScan("laurens", "learning-climate", "2026-07-01T10:00:00Z", dim("ward-atmosphere", "Afdelingssfeer", 5.0, 9));
        String ikazia = publishScan("ikazia", INSTRUMENT, "2026-06-01T10:00:00Z", dim("psychological-safety", "Psychologische veiligheid", 5.0, 9));

        measure(c.token(), c, choice(UUID.randomUUID().toString(), null)).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("baselineScanId"))
                .body("errors[0].message", containsString("not known as closed"));
        measure(c.token(), c, choice(jan, UUID.randomUUID().toString())).statusCode(422)
                .body("errors[0].field", equalTo("evaluationScanId"));
        measure(c.token(), c, choice(ikazia, null)).statusCode(422)
                .body("errors[0].field", equalTo("baselineScanId")).body("errors[0].message", containsString("another organisation"));
        measure(c.token(), c, choice(jan, ikazia)).statusCode(422).body("errors[0].field", equalTo("evaluationScanId"));
        measure(c.token(), c, choice(jun, jan)).statusCode(422)
                .body("errors[0].field", equalTo("evaluationScanId")).body("errors[0].message", containsString("after the baseline"));
        measure(c.token(), c, choice(jan, jan)).statusCode(422).body("errors[0].field", equalTo("evaluationScanId"));
        measure(c.token(), c, choice(jan, otherInstrument)).statusCode(422)
                .body("errors[0].field", equalTo("evaluationScanId")).body("errors[0].message", containsString("instrument"));
        measure(c.token(), c, choice(null, jun)).statusCode(422).body("errors[0].field", equalTo("evaluationScanId"));
        measure(c.token(), c, choice(jan, jun, "no-such-dimension")).statusCode(422).body("errors[0].field", equalTo("dimensions"));
        measure(c.token(), c, choice(jan, jun, "Not A Key")).statusCode(400);
        // nothing was written by the refusals
        given().auth().oauth2(c.token()).when().get(c.base()).then().body("measurements", nullValue()).body("version", equalTo(0));

        // who may: the participant and the network's facilitators; a stale version is refused
        measure(TestTokens.token("someone-else", null, "participant"), c, choice(jan, jun)).statusCode(404);
        measure(TestTokens.orgManager("laurens"), c, choice(jan, jun)).statusCode(403);
        Map<String, Object> stale = choice(jan, jun);
        stale.put("version", 7);
        measure(c.token(), c, stale).statusCode(409).body("type", containsString("stale-version"));
        Map<String, Object> current = choice(jan, jun);
        current.put("version", 0);
        measure(FACILITATOR, c, current).statusCode(200).body("measurements.state", equalTo("compared")).body("version", equalTo(1));
        // clearing them
        measure(c.token(), c, choice(null, null)).statusCode(200).body("measurements", nullValue());
    }

    @Test
    void aSuppressedScanKeepsNoFiguresAndAThinDimensionNone() {
        Case c = caseOf("laurens");
        String before = publishScan("laurens", INSTRUMENT, "2026-02-01T10:00:00Z",
                dim("psychological-safety", "Psychologische veiligheid", 4.1, 9), dim("team-ambition", "Teamambitie", 3.9, 3));
        String hidden = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), "laurens", event(hidden, "laurens", INSTRUMENT, "2026-06-01T10:00:00Z", 3, true));
        awaitKnown(hidden);
        assertEquals(List.of(), query("SELECT dimension_key FROM closed_scan_dimension WHERE scan_id = ?::uuid", hidden));
        assertEquals(Boolean.TRUE, query("SELECT suppressed FROM closed_scan WHERE scan_id = ?::uuid", hidden).get(0).get("suppressed"));
        // a dimension with fewer respondents than the threshold keeps its name, no figures, whatever the event carried
        Map<String, Object> thin = query("SELECT mean, n FROM closed_scan_dimension WHERE scan_id = ?::uuid AND dimension_key = 'team-ambition'", before).get(0);
        assertEquals(null, thin.get("mean"));
        assertEquals(null, thin.get("n"));

        measure(c.token(), c, choice(before, hidden, "psychological-safety")).statusCode(200)
                .body("measurements.state", equalTo("suppressed"))
                .body("measurements.evaluation.suppressed", is(true))
                .body("measurements.dimensions[0].withheld", is(true))
                .body("measurements.dimensions[0].withheldIn", equalTo(List.of("evaluation")))
                .body("measurements.dimensions[0].before", nullValue());
        measure(c.token(), c, choice(before, hidden)).statusCode(200).body("measurements.dimensions", hasSize(0));
    }

    @Test
    void aLaterEventForAScanReplacesTheEarlierAndADuplicateChangesNothing() {
        Case c = caseOf("laurens");
        String before = publishScan("laurens", INSTRUMENT, "2026-01-10T10:00:00Z", dim("psychological-safety", "Psychologische veiligheid", 4.0, 9));
        String after = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        publish(first, "laurens", event(after, "laurens", INSTRUMENT, "2026-05-10T10:00:00Z", 12, false,
                dim("psychological-safety", "Psychologische veiligheid", 4.5, 9)));
        awaitKnown(after);
        measure(c.token(), c, choice(before, after)).statusCode(200).body("measurements.dimensions[0].after", is(4.5f));

        // the scan completed again (rescored, later close): the new figures replace the old
        publish(UUID.randomUUID().toString(), "laurens", event(after, "laurens", INSTRUMENT, "2026-05-12T10:00:00Z", 14, false,
                dim("psychological-safety", "Psychologische veiligheid", 4.8, 12), dim("team-ambition", "Teamambitie", 4.2, 12)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(c.token()).when().get(c.base()).then()
                .body("measurements.dimensions[0].after", is(4.8f))
                .body("measurements.evaluation.closedAt", containsString("2026-05-12")));
        // the first event delivered again, and an older completion arriving late: neither brings the old figures back
        publish(first, "laurens", event(after, "laurens", INSTRUMENT, "2026-05-10T10:00:00Z", 12, false,
                dim("psychological-safety", "Psychologische veiligheid", 4.5, 9)));
        publish(UUID.randomUUID().toString(), "laurens", event(after, "laurens", INSTRUMENT, "2026-05-11T10:00:00Z", 12, false,
                dim("psychological-safety", "Psychologische veiligheid", 3.0, 9)));
        String marker = publishScan("laurens", INSTRUMENT, "2026-08-01T10:00:00Z", dim("psychological-safety", "Psychologische veiligheid", 4.0, 9));
        // the marker was published after both on the same partition (keyed by organisation), so both were handled
        assertEquals(1, query("SELECT scan_id FROM closed_scan WHERE scan_id = ?::uuid", marker).size());
        given().auth().oauth2(c.token()).when().get(c.base()).then()
                .body("measurements.dimensions[0].after", is(4.8f))
                .body("measurements.evaluation.closedAt", containsString("2026-05-12"));
        assertEquals(2, query("SELECT dimension_key FROM closed_scan_dimension WHERE scan_id = ?::uuid", after).size());
    }
}
