package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measuring journey, every call through the gateway: an org-manager creates and opens a team scan,
 * hands out codes, respondents answer anonymously, the manager closes it and reads the results, the
 * scan-completed event is on its topic and analytics shows the profile with the team's learning zone.
 */
class SurveyJourneyIT {

    static final String ORG = "laurens";
    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    static RequestSpecification as(String token) {
        return gateway().auth().oauth2(token);
    }

    static Map<String, Object> safetyAnswers(int safety, int ambition) {
        Map<String, Object> a = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            // ps-1, ps-3 and ps-5 are reverse-scored: answering 8 - x gives x after reversal
            a.put("ps-" + i, i == 1 || i == 3 || i == 5 ? 8 - safety : safety);
        }
        for (int i = 1; i <= 4; i++) {
            a.put("amb-" + i, ambition);
        }
        return a;
    }

    @Test
    void createCodesAnswerCloseResultsEventAndProfile() throws Exception {
        String manager = TestTokens.orgManager(ORG);
        Map<String, Object> scan = Map.of("instrumentKey", "team-psychological-safety", "organisationId", ORG,
                "unitLabel", "Afdeling Kralingen", "title", "Leerklimaat najaar", "anonymityThreshold", 3,
                "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", OffsetDateTime.now().plusDays(7).toString(), "expectedPopulation", 8);
        String scanId = as(manager).contentType(ContentType.JSON).body(scan).when().post("/api/v1/surveys/scans")
                .then().statusCode(201).header("X-Request-Id", notNullValue())
                .body("organisationName", equalTo("Laurens")).body("sector", equalTo("elderly-care"))
                .extract().path("id");
        as(manager).when().post("/api/v1/surveys/scans/" + scanId + "/open").then().statusCode(200);
        List<String> codes = as(manager).contentType(ContentType.JSON).body(Map.of("count", 6))
                .when().post("/api/v1/surveys/scans/" + scanId + "/invitations").then().statusCode(201)
                .body("codes[0].link", containsString(system.gatewayUrl() + "/respond?code="))
                .extract().jsonPath().getList("codes.code");

        // anonymous respondents, no token: questionnaire and answers through the gateway
        gateway().when().get("/api/v1/surveys/respond/" + codes.get(0) + "?lang=en").then().statusCode(200)
                .body("sections", hasSize(2)).body("organisationName", equalTo("Laurens"));
        int[][] answers = {{6, 6}, {6, 5}, {5, 6}, {7, 6}, {6, 7}};
        for (int i = 0; i < answers.length; i++) {
            gateway().contentType(ContentType.JSON).body(Map.of("answers", safetyAnswers(answers[i][0], answers[i][1])))
                    .when().post("/api/v1/surveys/respond/" + codes.get(i)).then().statusCode(201);
        }
        gateway().contentType(ContentType.JSON).body(Map.of("answers", safetyAnswers(1, 1)))
                .when().post("/api/v1/surveys/respond/" + codes.get(0)).then().statusCode(409)
                .contentType("application/problem+json");
        as(manager).when().get("/api/v1/surveys/scans/" + scanId).then().body("responseCount", equalTo(5));

        // another organisation's manager sees nothing of it
        as(TestTokens.orgManager("ikazia")).when().get("/api/v1/surveys/scans/" + scanId).then().statusCode(403);

        as(manager).when().post("/api/v1/surveys/scans/" + scanId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        // safety: respondent means 6, 6, 5, 7, 6 -> 6.0; ambition: 6, 5, 6, 6, 7 -> 6.0
        as(manager).when().get("/api/v1/surveys/scans/" + scanId + "/results").then().statusCode(200)
                .body("suppressed", equalTo(false))
                .body("dimensions.find { it.key == 'psychological-safety' }.mean", is(6.0f))
                .body("dimensions.find { it.key == 'team-ambition' }.mean", is(6.0f));
        String csv = as(manager).when().get("/api/v1/surveys/scans/" + scanId + "/results.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("scan_id,dimension_key,"), csv);

        ConsumerRecord<String, String> event = TestKafka.read(EventTypes.SCAN_COMPLETED, Duration.ofSeconds(20),
                        l -> l.stream().anyMatch(r -> r.value().contains(scanId)))
                .stream().filter(r -> r.value().contains(scanId)).findFirst().orElseThrow();
        assertEquals(ORG, event.key());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SCAN_COMPLETED, event.value()));
        // the schema the event names can be fetched through the gateway, without a token
        String dataschema = header(event, "ce_dataschema");
        assertTrue(dataschema.startsWith(system.gatewayUrl()), dataschema);
        RestAssured.given().when().get(dataschema).then().statusCode(200).body("title", containsString(EventTypes.SCAN_COMPLETED));

        // analytics built the profile from the event: high safety and high ambition is the learning zone
        await("analytics holds the scan's profile").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> as(manager).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().extract().statusCode() == 200);
        as(manager).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(200)
                .body("organisationId", equalTo(ORG))
                .body("dimensions", hasSize(2))
                .body("learningZone.zone", equalTo("LEARNING"));
        as(TestTokens.orgManager("ikazia")).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(403);

        // the trend of this unit now holds the scan, and the catalogue recommends for its weakest dimensions
        as(manager).when().get("/api/v1/analytics/organisations/" + ORG + "/trend?instrument=team-psychological-safety&unit=Afdeling Kralingen")
                .then().statusCode(200).body("series.scanId", org.hamcrest.Matchers.hasItem(scanId));
        as(manager).when().get("/api/v1/analytics/scans/" + scanId + "/recommendations").then().statusCode(200)
                .body("partial", equalTo(false)).body("weakest", hasSize(2))
                .body("resources.size()", org.hamcrest.Matchers.greaterThan(0));
        as(manager).when().get("/api/v1/analytics/scans/" + scanId + "/profile.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("Psychologische veiligheid"));
        as(TestTokens.orgManager("ikazia")).when()
                .get("/api/v1/analytics/organisations/" + ORG + "/trend?instrument=team-psychological-safety").then().statusCode(403);

        // a partner sees the region; this organisation's own figures only while its manager's grant runs
        String partner = TestTokens.token("partner-journey", null, "partner");
        as(partner).when().get("/api/v1/analytics/region/benchmark?instrument=team-psychological-safety").then().statusCode(200)
                .body("dimensions.key", org.hamcrest.Matchers.hasItem("psychological-safety"));
        as(partner).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(403);
        as(partner).when().get("/api/v1/surveys/scans/" + scanId + "/results").then().statusCode(403);
        String grant = as(manager).contentType(ContentType.JSON)
                .body(Map.of("partnerSubject", "partner-journey", "partnerName", "Regio HR", "validUntil",
                        OffsetDateTime.now().plusMonths(3).toString()))
                .when().post("/api/v1/analytics/organisations/" + ORG + "/partner-grants").then().statusCode(201)
                .extract().path("id");
        as(partner).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(200)
                .body("organisationId", equalTo(ORG));
        as(manager).when().delete("/api/v1/analytics/organisations/" + ORG + "/partner-grants/" + grant).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        as(partner).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(403);
    }

    @Test
    void withoutATokenOnlyThePublicPartsAreOpen() {
        gateway().when().get("/api/v1/surveys/instruments").then().statusCode(200);
        gateway().when().get("/api/v1/surveys/scans").then().statusCode(401);
        gateway().when().get("/api/v1/analytics/scans/00000000-0000-0000-0000-000000000000/profile").then().statusCode(401);
        gateway().when().get("/api/v1/catalog/resources?q=leren").then().statusCode(200);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
