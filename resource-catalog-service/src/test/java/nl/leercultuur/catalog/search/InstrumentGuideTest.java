package nl.leercultuur.catalog.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instrument guide: the instruments the seeds describe, ranked for a question, each with why it fits. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class InstrumentGuideTest {

    static JsonPath guide(String query) {
        return given().when().get("/api/v1/catalog/instrument-guide?" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void aQuickTeamCheckForEmployeesPutsTheQuickTestOfPsychologicalSafetyFirst() {
        JsonPath g = guide("scope=team&audience=employees&length=quick&limit=3");
        assertEquals("Sneltest Psychologische veiligheid", g.getString("items[0].title"));
        assertEquals("psychological-safety-quick-test", g.getString("items[0].instrumentKey"));
        assertEquals(List.of(1, 2, 3), g.getList("items.rank"));
        assertTrue(g.getBoolean("items[0].fitsScope") && g.getBoolean("items[0].fitsAudience") && g.getBoolean("items[0].fitsLength"));
        assertTrue(g.getString("items[0].lengthText").contains("10"), g.getString("items[0].lengthText"));
        List<String> why = g.getList("items[0].why");
        assertTrue(why.stream().anyMatch(w -> w.startsWith("Meet:")), why.toString());
        assertTrue(why.stream().anyMatch(w -> w.contains("psychological-safety-quick-test")), why.toString());
        assertEquals(15, g.getInt("total"), "every instrument the seeds describe is in the guide");
        List<Integer> scores = g.getList("items.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "best fit first: " + scores);
        }
    }

    @Test
    void studentsOnAWardGetThePlacementInstrumentsAndWhyTheOthersFitLess() {
        JsonPath g = guide("scope=team&audience=students&length=full&limit=3");
        assertEquals(List.of("placement-learning-climate", "placement-learning-climate", "placement-learning-climate"), g.getList("items.instrumentKey"));
        assertTrue(g.getList("items.title").containsAll(List.of("Clinical learning environment Scale (CLES)",
                "Dutch Residents Educational Climate Test (D-RECT)", "Leerklimaatscan Nederlandse studenten verpleegkunde")), g.getList("items.title").toString());
        // further down, an instrument for employees says why it fits less
        JsonPath all = guide("audience=students&limit=50");
        List<String> whyMonitor = all.getList("items.find { it.title == 'Monitor Leercultuur' }.why");
        assertTrue(whyMonitor.stream().anyMatch(w -> w.startsWith("Minder passend")), whyMonitor.toString());
        assertEquals(false, all.getBoolean("items.find { it.title == 'Monitor Leercultuur' }.fitsAudience"));
    }

    @Test
    void theWholeOrganisationAndNoPreference() {
        given().when().get("/api/v1/catalog/instrument-guide?scope=organisation&limit=50").then().statusCode(200)
                .body("items.findAll { it.fitsScope }.scopes", everyItem(hasItem("organisation")))
                .body("items[0].scopes", hasItem("organisation"))
                .body("items.title", hasItem("Vijf-fasenscan: inzicht in de leercultuur"));
        // no preference: every instrument, the ones the platform can run first, five by default
        given().when().get("/api/v1/catalog/instrument-guide").then().statusCode(200)
                .body("items", hasSize(5)).body("items.instrumentKey", not(hasItem((Object) null)))
                .body("scope", equalTo(null));
    }

    @Test
    void anotherValueIs422NamingTheParameter() {
        for (String[] bad : List.of(new String[]{"scope", "department"}, new String[]{"audience", "managers"},
                new String[]{"length", "medium"}, new String[]{"limit", "0"}, new String[]{"limit", "many"})) {
            given().when().get("/api/v1/catalog/instrument-guide?" + bad[0] + "=" + bad[1]).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
        given().when().get("/api/v1/catalog/instrument-guide?scope=Team&length=slow").then().statusCode(422)
                .body("errors.field", equalTo(List.of("scope", "length")));
    }
}
