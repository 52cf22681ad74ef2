package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every public route × every kind of caller, through the gateway to the real services, with the status each
 * cell must give. Org A is "laurens" (whose scan the rows use), org B is "ikazia".
 */
class AuthorizationMatrixIT {

    static final String ORG_A = "laurens";
    static final String ORG_B = "ikazia";
    static final List<String> CALLERS = List.of("admin", "curator", "facilitator", "manager-A", "manager-B",
            "participant", "partner", "anonymous");
    static final String DEMO_NETWORK = "5e1d0000-0000-4000-8000-000000000001";
    static final String NO_SUCH = "00000000-0000-4000-8000-00000000dead";
    static SystemUnderTest system;
    static String scanA;
    static final String UNIT = "Matrix " + java.util.UUID.randomUUID();

    record Row(String method, String path, String body, int... expected) {
        String label() {
            return method + " " + path.replace(scanA == null ? "\u0000" : scanA, "{scanA}");
        }
    }

    @BeforeAll
    static void aClosedScanOfOrgA() throws Exception {
        system = SystemUnderTest.get();
        String manager = TestTokens.orgManager(ORG_A);
        scanA = call(manager, "POST", "/api/v1/surveys/scans", scanBody(ORG_A)).then().statusCode(201).extract().path("id");
        call(manager, "POST", "/api/v1/surveys/scans/" + scanA + "/open", null).then().statusCode(200);
        List<String> codes = call(manager, "POST", "/api/v1/surveys/scans/" + scanA + "/invitations", "{\"count\":3}")
                .then().statusCode(201).extract().jsonPath().getList("codes.code");
        for (String code : codes) {
            call(null, "POST", "/api/v1/surveys/respond/" + code, "{\"answers\":" + answers() + "}").then().statusCode(201);
        }
        call(manager, "POST", "/api/v1/surveys/scans/" + scanA + "/close", null).then().statusCode(200);
        await("analytics holds the closed scan's profile").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> call(manager, "GET", "/api/v1/analytics/scans/" + scanA + "/profile", null).statusCode() == 200);
    }

    @Test
    void everyRouteForEveryCaller() {
        //                                                         admin cur  fac  mgrA mgrB part partner anon
        List<Row> rows = List.of(
                new Row("GET", "/api/v1/surveys/instruments", null, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/surveys/instruments", "{}", 400, 403, 403, 403, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/events/asyncapi.yaml", null, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/surveys/scans", null, 200, 403, 403, 200, 200, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans?organisationId=" + ORG_A, null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("POST", "/api/v1/surveys/scans", scanBody(ORG_A), 201, 403, 403, 201, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA, null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/results", null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/results.csv", null, 200, 403, 403, 200, 403, 403, 403, 401),
                // the team's follow-up plan: the organisation (admin, its manager, editors it names), nobody else
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/follow-up", null, 404, 403, 403, 404, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/follow-up/previous", null, 404, 403, 403, 404, 403, 403, 403, 401),
                new Row("PUT", "/api/v1/surveys/scans/" + scanA + "/follow-up", "{\"conversationHeldOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "\"}",
                        200, 403, 403, 200, 403, 403, 403, 401),
                new Row("POST", "/api/v1/surveys/scans/" + scanA + "/follow-up/actions", "{\"title\":\"Matrix\",\"owner\":\"Matrix\"}",
                        201, 403, 403, 201, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/follow-up", null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/scans/" + scanA + "/follow-up/suggestions", null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("PATCH", "/api/v1/surveys/scans/" + scanA + "/follow-up/actions/" + NO_SUCH, "{\"status\":\"DOING\"}",
                        404, 403, 403, 404, 403, 403, 403, 401),
                // the praatplaat template: any signed-in caller
                new Row("GET", "/api/v1/surveys/follow-up/template", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("POST", "/api/v1/surveys/scans/" + scanA + "/archive", null, 200, 403, 403, 409, 403, 403, 403, 401),
                new Row("POST", "/api/v1/surveys/scans/" + scanA + "/invitations", "{\"count\":1}", 409, 403, 403, 409, 403, 403, 403, 401),
                new Row("POST", "/api/v1/surveys/scans/" + scanA + "/open-link", "{}", 409, 403, 403, 409, 403, 403, 403, 401),
                new Row("GET", "/api/v1/surveys/respond/AAAA-BBBB-CCCC", null, 404, 404, 404, 404, 404, 404, 404, 404),
                new Row("GET", "/api/v1/organisations", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("GET", "/api/v1/organisations/" + ORG_B, null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("POST", "/api/v1/organisations", "{}", 400, 403, 403, 403, 403, 403, 403, 401),
                new Row("GET", "/api/v1/catalog/resources?q=leren", null, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/analytics/scans/" + scanA + "/profile", null, 200, 403, 403, 200, 403, 403, 403, 401),
                new Row("GET", "/api/v1/analytics/organisations/" + ORG_A + "/participation", null, 200, 403, 403, 200, 403, 403, 403, 401),
                // partners: the region's and sectors' figures; an organisation's own only where it granted them access
                new Row("GET", "/api/v1/analytics/region/benchmark?instrument=team-psychological-safety", null, 200, 403, 200, 200, 200, 403, 200, 401),
                new Row("GET", "/api/v1/analytics/organisations/" + ORG_A + "/partner-grants", null, 200, 403, 403, 200, 403, 403, 403, 401),
                // the regional overview: the coordinator (admin), facilitators and partners; never one organisation's figures
                new Row("GET", "/api/v1/analytics/region/overview", null, 200, 403, 200, 403, 403, 403, 200, 401),
                new Row("GET", "/api/v1/analytics/region/overview.csv", null, 200, 403, 200, 403, 403, 403, 200, 401),
                new Row("GET", "/api/v1/analytics/region/overview.svg", null, 200, 403, 200, 403, 403, 403, 200, 401),
                // the instrument guide is public, like the catalogue
                new Row("GET", "/api/v1/catalog/instrument-guide?scope=team&audience=employees&length=quick", null,
                        200, 200, 200, 200, 200, 200, 200, 200),
                // members share a practice of their organisation (an empty one is refused: 400), everyone sees their own
                new Row("POST", "/api/v1/catalog/submissions", "{}", 403, 403, 403, 400, 400, 400, 403, 401),
                new Row("GET", "/api/v1/catalog/submissions/mine", null, 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("GET", "/api/v1/analytics/partner-grants", null, 403, 403, 403, 403, 403, 403, 200, 401),
                new Row("GET", "/api/v1/networks", null, 200, 403, 200, 200, 200, 200, 403, 401),
                // the demo network: both org A and org B take part; the test facilitator and participant do not
                new Row("GET", "/api/v1/networks/" + DEMO_NETWORK, null, 200, 403, 404, 200, 200, 404, 403, 401),
                new Row("POST", "/api/v1/networks", "{}", 400, 403, 400, 403, 403, 403, 403, 401),
                // a case's scans: only the participant themselves or the network's facilitators and admins (an unknown participant: 404)
                new Row("PUT", "/api/v1/networks/" + DEMO_NETWORK + "/participants/" + NO_SUCH + "/case/measurements", "{}",
                        404, 403, 404, 404, 404, 404, 403, 401),
                new Row("GET", "/api/v1/networks/events/network.session-held.v1.schema.json", null, 200, 200, 200, 200, 200, 200, 200, 200));
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-72s", "route \\ caller"));
        CALLERS.forEach(c -> table.append(String.format("%-12s", c)));
        table.append('\n');
        for (Row row : rows) {
            table.append(String.format("%-72s", row.label()));
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = call(token(CALLERS.get(i)), row.method(), row.path(), row.body()).statusCode();
                table.append(String.format("%-12s", status == row.expected()[i] ? status : status + "≠" + row.expected()[i]));
                if (status != row.expected()[i]) {
                    wrong.add(row.label() + " as " + CALLERS.get(i) + ": " + status + ", expected " + row.expected()[i]);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        assertEquals(List.of(), wrong, "\n" + table);
    }

    static String token(String caller) {
        return switch (caller) {
            case "admin" -> TestTokens.admin();
            case "curator" -> TestTokens.curator();
            case "facilitator" -> TestTokens.facilitator();
            case "manager-A" -> TestTokens.orgManager(ORG_A);
            case "manager-B" -> TestTokens.orgManager(ORG_B);
            case "participant" -> TestTokens.participant();
            case "partner" -> TestTokens.partner();
            default -> null;
        };
    }

    static io.restassured.response.Response call(String token, String method, String path, String body) {
        RequestSpecification r = RestAssured.given().baseUri(system.gatewayUrl());
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        if (body != null) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        return r.when().request(method, path);
    }

    static String scanBody(String org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrumentKey", "team-psychological-safety");
        m.put("organisationId", org);
        m.put("title", "Matrix");
        // a unit of this run's own: "previous" (the plan of an earlier closed scan of the same organisation, unit and
        // instrument) is then 404 whatever scans and plans the tests before this one left for the organisation
        m.put("unitLabel", UNIT);
        m.put("anonymityThreshold", 3);
        m.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        m.put("closesAt", OffsetDateTime.now().plusDays(7).toString());
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof Number ? v.toString() : "\"" + v + "\""));
        return sb.append('}').toString();
    }

    static String answers() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 1; i <= 7; i++) {
            sb.append("\"ps-").append(i).append("\":5,");
        }
        for (int i = 1; i <= 4; i++) {
            sb.append("\"amb-").append(i).append("\":5").append(i < 4 ? "," : "");
        }
        return sb.append('}').toString();
    }
}
