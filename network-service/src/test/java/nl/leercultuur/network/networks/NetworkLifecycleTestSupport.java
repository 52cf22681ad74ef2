package nl.leercultuur.network.networks;

import io.restassured.http.ContentType;
import nl.leercultuur.testkit.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Calls the network tests share: a network, a participant, a planned session. */
public final class NetworkLifecycleTestSupport {

    static final String FACILITATOR = TestTokens.facilitator();

    private NetworkLifecycleTestSupport() {
    }

    public static String createNetwork(String name) {
        return given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("name", name, "theme", "Leercultuur", "region", "Rotterdam-Rijnmond",
                        "startsOn", "2025-10-01", "endsOn", "2026-03-31", "memberOrganisations", List.of("laurens", "ikazia")))
                .when().post("/api/v1/networks").then().statusCode(201).body("status", equalTo("PLANNED"))
                .body("facilitators", hasItem("facilitator-user")).extract().path("id");
    }

    public static String participant(String network, String name, String org, String subject) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org",
                "organisationId", org, "role", "case-owner"));
        if (subject != null) {
            body.put("userSubject", subject);
        }
        return given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/networks/" + network + "/participants").then().statusCode(201).extract().path("id");
    }

    public static String session(String network, int number, String start, String end) {
        return given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", number, "title", "Bijeenkomst " + number, "theme", "Psychologische veiligheid",
                        "startsAtLocal", start, "endsAtLocal", end, "place", "Rotterdam", "phaseFocus", "explore-problem"))
                .when().post("/api/v1/networks/" + network + "/sessions").then().statusCode(201).extract().path("id");
    }

}
