package nl.leercultuur.survey.followup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.StubHttpServer;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.followup.FollowUpApi.SAFETY;
import static nl.leercultuur.survey.followup.FollowUpApi.action;
import static nl.leercultuur.survey.followup.FollowUpApi.addAction;
import static nl.leercultuur.survey.followup.FollowUpApi.base;
import static nl.leercultuur.survey.followup.FollowUpApi.closedScan;
import static nl.leercultuur.survey.followup.FollowUpApi.conversation;
import static nl.leercultuur.survey.followup.FollowUpApi.get;
import static nl.leercultuur.survey.followup.FollowUpApi.point;
import static nl.leercultuur.survey.followup.FollowUpApi.save;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At the next scan the team sees its previous plan beside the trend; while following up it gets catalogue entries
 * for its weakest dimensions, and an answer without them when the catalogue is away.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class PreviousPlanAndSuggestionsTest {

    /** The scan, with a conversation of one general short-term improvement (no dimensions: any instrument will do). */
    static String planned(String scan, String firstShortTerm) {
        save(managerA(), scan, Map.of("conversationHeldOn", FollowUpApi.today().toString(),
                "shortTerm", List.of(point(firstShortTerm)))).statusCode(200);
        return scan;
    }

    @Test
    void thePreviousPlanIsThatOfTheLatestEarlierScanOfTheSameUnitAndInstrument() {
        String unit = "Afdeling " + UUID.randomUUID();
        String first = planned(closedScan(SAFETY, unit), "Plan van de eerste scan");
        String otherUnit = planned(closedScan(SAFETY, unit + " (andere unit)"), "Plan van een andere unit");
        closedScan(SAFETY, unit); // closed, but without a plan
        String second = planned(closedScan(SAFETY, unit), "Plan van de tweede scan");
        addAction(managerA(), second, action("Leervraag bij de overdracht", "Sanne", "team-ambition")).statusCode(201);
        String otherInstrument = planned(closedScan("learning-culture-carriers", unit), "Plan met een ander instrument");
        String next = FollowUpApi.openScan(SAFETY, unit); // the next scan is still running

        get(managerA(), base(next) + "/previous").statusCode(200)
                .body("scanId", equalTo(second)).body("unitLabel", equalTo(unit))
                .body("shortTerm[0].text", equalTo("Plan van de tweede scan"))
                .body("actions", hasSize(1)).body("actions[0].title", equalTo("Leervraag bij de overdracht"));
        get(managerA(), base(second) + "/previous").statusCode(200).body("scanId", equalTo(first))
                .body("shortTerm[0].text", equalTo("Plan van de eerste scan"));
        get(managerA(), base(first) + "/previous").statusCode(404).contentType("application/problem+json");
        // another unit and another instrument have no earlier plan of their own
        get(managerA(), base(otherUnit) + "/previous").statusCode(404);
        get(managerA(), base(otherInstrument) + "/previous").statusCode(404);
        get(TestTokens.orgManager(SurveyTestResources.ORG_B), base(next) + "/previous").statusCode(403);
    }

    @Test
    void withoutAUnitOnlyScansWithoutAUnitCount() {
        String withUnit = planned(closedScan("tno-learning-levels", "Team met naam"), "Plan met unit");
        String none = planned(closedScan("tno-learning-levels", null), "Plan zonder unit");
        String laterWithUnit = planned(closedScan("tno-learning-levels", "Team met naam"), "Later met unit");
        String next = closedScan("tno-learning-levels", null);
        get(managerA(), base(next) + "/previous").statusCode(200).body("scanId", equalTo(none));
        get(managerA(), base(laterWithUnit) + "/previous").statusCode(200).body("scanId", equalTo(withUnit));
    }

    @Test
    void anEditorOfTheEarlierPlanReadsItFromTheNextScan() {
        String unit = "Afdeling " + UUID.randomUUID();
        String earlier = closedScan(SAFETY, unit);
        save(managerA(), earlier, conversation(List.of("sub-of-coach-mira"))).statusCode(200);
        String next = closedScan(SAFETY, unit);
        String coach = TestTokens.token("sub-of-coach-mira", null, "facilitator");
        get(coach, base(next) + "/previous").statusCode(200).body("scanId", equalTo(earlier));
        get(coach, base(next)).statusCode(403); // not an editor of the next scan's plan (there is none yet)
        get(TestTokens.token("sub-of-someone", null, "participant"), base(next) + "/previous").statusCode(403);
    }

    @Test
    void suggestionsForTheTwoWeakestShownDimensionsAndPartialWhenTheCatalogueIsDown() {
        StubHttpServer catalog = SurveyTestResources.catalog;
        catalog.reset();
        // every answer 2 on 1..7: team-ambition 2.0; psychological-safety has three reversed items, (4×2 + 3×6)/7 = 3.71
        String scan = closedScan(SAFETY, "Team Suggesties", safetyAnswers(2), safetyAnswers(2), safetyAnswers(2));
        get(managerA(), base(scan) + "/suggestions").statusCode(200)
                .body("partial", equalTo(false))
                .body("dimensions.key", equalTo(List.of("team-ambition", "psychological-safety")))
                .body("dimensions.concept", equalTo(List.of("learning-ambition", "psychological-safety")))
                .body("entries", hasSize(2)).body("entries[0].title", equalTo("De angstvrije organisatie"))
                .body("entries[0].id", equalTo("11111111-1111-4111-8111-111111111111"));
        // asked by dimension key and by the concept each measures (a catalogue that does not know concepts ignores them)
        assertEquals(List.of("/api/v1/catalog/recommendations?dimension=team-ambition&dimension=psychological-safety"
                        + "&concept=learning-ambition&concept=psychological-safety&limit=5"),
                catalog.seen().stream().map(StubHttpServer.Seen::path).toList());

        // a withheld dimension is never suggested from: b needs four respondents and has three
        SurveyApi.createAndPublish(SurveyApi.halfRuleInstrument("follow-up-rules"));
        Map<String, Object> all = Map.of("a-1", 1, "a-2", 1, "a-3", 1, "a-4", 5, "b-1", 1, "b-2", 1);
        String withheld = closedScan("follow-up-rules", "Team Drempel", all, all, all);
        get(managerA(), "/api/v1/surveys/scans/" + withheld + "/results").statusCode(200)
                .body("dimensions[1].key", equalTo("b")).body("dimensions[1].suppressed", equalTo(true));
        catalog.reset();
        get(managerA(), base(withheld) + "/suggestions").statusCode(200)
                .body("dimensions.key", equalTo(List.of("a"))).body("partial", equalTo(false));
        assertEquals(List.of("/api/v1/catalog/recommendations?dimension=a&limit=5"),
                catalog.seen().stream().map(StubHttpServer.Seen::path).toList());

        // below the anonymity threshold nothing is shown, so nothing is asked
        String tooFew = closedScan(SAFETY, "Team Te Klein", safetyAnswers(2));
        catalog.reset();
        get(managerA(), base(tooFew) + "/suggestions").statusCode(200)
                .body("dimensions", hasSize(0)).body("entries", hasSize(0)).body("partial", equalTo(false));
        assertEquals(List.of(), catalog.seen());

        // the catalogue is down: the dimensions still come, no entries, partial
        catalog.failWith(503);
        try {
            get(managerA(), base(scan) + "/suggestions").statusCode(200)
                    .body("partial", equalTo(true)).body("entries", hasSize(0))
                    .body("dimensions.key", equalTo(List.of("team-ambition", "psychological-safety")))
                    .body("note", containsString("catalogue"));
        } finally {
            catalog.failWith(null);
        }
    }
}
