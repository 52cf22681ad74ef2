package nl.leercultuur.survey.followup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The praatplaat served read-only to signed-in callers, optionally tied to an instrument version's dimensions. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class FollowUpTemplateTest {

    static final String PATH = "/api/v1/surveys/follow-up/template";

    @Test
    void theConversationGuideForAnySignedInCaller() {
        given().when().get(PATH).then().statusCode(401);
        for (String token : List.of(TestTokens.participant(), TestTokens.orgManager(SurveyTestResources.ORG_A), TestTokens.facilitator())) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(200)
                    .body("key", equalTo("praatplaat"))
                    .body("steps.key", equalTo(List.of("start", "tasks", "team", "organisation", "environment")))
                    .body("steps.find { it.key == 'team' }.concepts", hasItem("psychological-safety"))
                    .body("steps[0].questions[0].nl", org.hamcrest.Matchers.notNullValue())
                    .body("perTopic", hasSize(2))
                    .body("prioritise.strengths", equalTo(3))
                    .body("prioritise.shortTerm", equalTo(3))
                    .body("prioritise.longTerm", equalTo(3))
                    .body("steps[1].dimensions", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void withAnInstrumentEachTopicNamesTheDimensionsMeasuringItsConcepts() {
        given().auth().oauth2(TestTokens.participant()).queryParam("instrument", "learning-culture-carriers")
                .when().get(PATH).then().statusCode(200)
                .body("instrumentKey", equalTo("learning-culture-carriers"))
                .body("instrumentVersion", equalTo(2))
                .body("steps.find { it.key == 'tasks' }.dimensions", equalTo(List.of("work-content")))
                .body("steps.find { it.key == 'team' }.dimensions", equalTo(List.of("room-and-safety", "collaboration", "leadership")))
                .body("steps.find { it.key == 'organisation' }.dimensions", equalTo(List.of("organisation")))
                .body("steps.find { it.key == 'environment' }.dimensions", equalTo(List.of("outside-world")))
                .body("steps.find { it.key == 'start' }.dimensions", hasSize(0));
        given().auth().oauth2(TestTokens.participant()).queryParam("instrument", "team-psychological-safety").queryParam("version", 1)
                .when().get(PATH).then().statusCode(200)
                .body("steps.find { it.key == 'team' }.dimensions", equalTo(List.of("psychological-safety")));
        given().auth().oauth2(TestTokens.participant()).queryParam("instrument", "no-such-instrument")
                .when().get(PATH).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.participant()).queryParam("version", 2)
                .when().get(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
        given().auth().oauth2(TestTokens.participant()).queryParam("instrument", "Not A Key")
                .when().get(PATH).then().statusCode(400);
    }
}
