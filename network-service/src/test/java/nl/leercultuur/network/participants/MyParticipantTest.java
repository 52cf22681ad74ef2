package nl.leercultuur.network.participants;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.createNetwork;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.participant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /api/v1/networks/{id}/participants/me: who the caller is in a network. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class MyParticipantTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aParticipantFindsTheirOwnRecordWithTheirEmailAddress() {
        String network = createNetwork("Netwerk ik " + System.nanoTime());
        participant(network, "Bram Ander", "ikazia", "bram-me");
        String anna = participant(network, "Anna Ik", "laurens", "anna-me");
        given().auth().oauth2(TestTokens.token("anna-me", null, "participant"))
                .when().get("/api/v1/networks/" + network + "/participants/me").then().statusCode(200)
                .body("id", equalTo(anna)).body("name", equalTo("Anna Ik")).body("email", equalTo("anna.ik@example.org"))
                .body("organisationId", equalTo("laurens")).body("role", equalTo("case-owner")).body("erased", equalTo(false));
        // someone taking part in two networks is a different participant in each
        String other = createNetwork("Netwerk ik twee " + System.nanoTime());
        String annaThere = participant(other, "Anna Ik", "laurens", "anna-me");
        given().auth().oauth2(TestTokens.token("anna-me", null, "participant"))
                .when().get("/api/v1/networks/" + other + "/participants/me").then().statusCode(200).body("id", equalTo(annaThere));
    }

    @Test
    void aParticipantIsKnownByTheTokensSubjectNeverByTheUsername() {
        // as in Keycloak: the subject is the user's id, the username what they sign in with (and may change or pass on)
        String network = createNetwork("Netwerk sub " + System.nanoTime());
        String anna = participant(network, "Anna Sub", "laurens", "7c1e-anna-sub");
        String me = "/api/v1/networks/" + network + "/participants/me";
        given().auth().oauth2(TestTokens.tokenWithUsername("7c1e-anna-sub", "anna", null, "participant"))
                .when().get(me).then().statusCode(200).body("id", equalTo(anna));
        // the same username with another subject is somebody else, and so is a username that equals Anna's subject
        given().auth().oauth2(TestTokens.tokenWithUsername("9f2d-someone-else", "anna", null, "participant"))
                .when().get(me).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.tokenWithUsername("9f2d-someone-else", "7c1e-anna-sub", null, "participant"))
                .when().get(me).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void thoseWhoSeeTheNetworkButTakeNoPartGet404NotAParticipant() {
        String network = createNetwork("Netwerk geen deelnemer " + System.nanoTime());
        participant(network, "Anna Niet", "laurens", "anna-niet");
        String me = "/api/v1/networks/" + network + "/participants/me";
        for (String token : new String[]{TestTokens.facilitator(), TestTokens.admin(), TestTokens.orgManager("laurens")}) {
            given().auth().oauth2(token).when().get(me).then().statusCode(404).contentType(PROBLEM)
                    .body("type", containsString("not-a-participant")).body("status", equalTo(404));
        }
    }

    @Test
    void aNetworkOneMayNotSeeIs404AsForTheNetworkItself() {
        String network = createNetwork("Netwerk verborgen " + System.nanoTime());
        participant(network, "Anna Verborgen", "laurens", "anna-verborgen");
        String me = "/api/v1/networks/" + network + "/participants/me";
        // an org-manager of an organisation that is no member, a participant of other networks, another facilitator
        for (String token : new String[]{TestTokens.orgManager("aafje"), TestTokens.token("outsider-me", null, "participant"),
                TestTokens.token("other-facilitator", null, "facilitator")}) {
            given().auth().oauth2(token).when().get("/api/v1/networks/" + network).then().statusCode(404);
            given().auth().oauth2(token).when().get(me).then().statusCode(404).contentType(PROBLEM)
                    .body("type", containsString("not-found")).body("detail", containsString("network"));
        }
        given().auth().oauth2(TestTokens.token("anna-verborgen", null, "participant"))
                .when().get("/api/v1/networks/" + java.util.UUID.randomUUID() + "/participants/me").then().statusCode(404)
                .body("type", containsString("not-found"));
        given().auth().oauth2(TestTokens.curator()).when().get(me).then().statusCode(403);
        given().when().get(me).then().statusCode(401);
    }

    @Test
    void anErasedParticipantIsNoLongerFound() {
        String network = createNetwork("Netwerk gewist " + System.nanoTime());
        String anna = participant(network, "Anna Gewist", "laurens", "anna-gewist");
        String me = "/api/v1/networks/" + network + "/participants/me";
        String annaToken = TestTokens.token("anna-gewist", null, "participant");
        given().auth().oauth2(annaToken).when().get(me).then().statusCode(200).body("id", equalTo(anna));
        given().auth().oauth2(TestTokens.facilitator()).when().delete("/api/v1/networks/" + network + "/participants/" + anna)
                .then().statusCode(204);
        given().auth().oauth2(annaToken).when().get(me).then().statusCode(404);
    }
}
