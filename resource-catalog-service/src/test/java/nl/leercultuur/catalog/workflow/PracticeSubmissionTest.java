package nl.leercultuur.catalog.workflow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.leercultuur.catalog.RegistryStub;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Good practices shared by members into curation: who may share for which organisation, the registry, "mine". */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
@QuarkusTestResource(RegistryStub.class)
class PracticeSubmissionTest {

    static final String MANAGER = TestTokens.orgManager(RegistryStub.LAURENS);

    static Map<String, Object> practice(String title, String organisationId) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("summary", "Studenten en medewerkers leren samen op een leerafdeling, met wekelijks een praktijkopleider op de vloer.");
        m.put("organisationId", organisationId);
        m.put("contactRole", "praktijkopleider");
        m.put("category", "practice-based");
        m.put("whatMadeItWork", List.of("Leren door te doen", "Vaste begeleiders per student"));
        m.put("preconditions", List.of("Studenten boven de formatie ingepland", "Steun van de teamleider"));
        return m;
    }

    static ValidatableResponse submit(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/catalog/submissions").then();
    }

    static ValidatableResponse mine(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/catalog/submissions/mine?size=100").then().statusCode(200);
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOrgManagerSharesAPracticeOfTheirOwnOrganisationAsADraft() {
        String title = unique("Leerwerkplaats Kralingen");
        String id = submit(MANAGER, practice(title, RegistryStub.LAURENS)).statusCode(201)
                .body("status", equalTo("DRAFT")).body("kind", equalTo("good-practice"))
                .body("organisation", equalTo("Laurens")).body("sector", equalTo("elderly-care"))
                .body("category", equalTo("practice-based"))
                .body("practice.organisationId", equalTo(RegistryStub.LAURENS))
                .body("practice.contactRole", equalTo("praktijkopleider"))
                .body("practice.whatMadeItWork", equalTo(List.of("Leren door te doen", "Vaste begeleiders per student")))
                .body("practice.preconditions", hasItem("Steun van de teamleider"))
                .body("curation.sharedBy", equalTo("manager-of-laurens"))
                .body("curation.createdBy", equalTo("manager-of-laurens"))
                .extract().path("id");

        mine(MANAGER).body("items.find { it.id == '" + id + "' }.status", equalTo("DRAFT"))
                .body("items.find { it.id == '" + id + "' }.statusChangedAt", notNullValue())
                .body("items.find { it.id == '" + id + "' }.organisationId", equalTo(RegistryStub.LAURENS));
        // nobody else's list, not public until published
        mine(TestTokens.participant()).body("items.id", not(hasItem(id)));
        mine(TestTokens.orgManager(RegistryStub.MAASSTAD)).body("items.id", not(hasItem(id)));
        given().when().get("/api/v1/catalog/resources?q=" + title.split(" ")[0] + "&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(404);
        given().auth().oauth2(MANAGER).when().get("/api/v1/catalog/resources/" + id).then().statusCode(404);
        // the curators' queue has it
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources?status=DRAFT&kind=good-practice&size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id + "/history").then()
                .body("action", equalTo(List.of("shared"))).body("actor", equalTo(List.of("manager-of-laurens")));
    }

    @Test
    void theLocationNamesTheEntry() {
        var r = given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON)
                .body(practice(unique("Leerklimaat op de OK"), RegistryStub.MAASSTAD)).when().post("/api/v1/catalog/submissions");
        r.then().statusCode(201);
        assertTrue(r.header("Location").endsWith("/api/v1/catalog/resources/" + r.path("id")));
    }

    @Test
    void anOrgManagerSharesOnlyForTheirOwnOrganisation() {
        String title = unique("Niet van ons");
        submit(MANAGER, practice(title, RegistryStub.MAASSTAD)).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("own organisation"));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources?status=DRAFT&q=" + title.split(" ")[0]
                + "&size=100").then().body("items.title", not(hasItem(title)));
    }

    @Test
    void anOrganisationOutsideTheRegistryIsRefusedNamingTheField() {
        submit(TestTokens.participant(), practice(unique("Onbekend"), "bestaat-niet")).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("organisationId"));
        submit(TestTokens.participant(), practice(unique("Oud lid"), RegistryStub.FORMER_MEMBER)).statusCode(422)
                .body("errors[0].field", equalTo("organisationId"));
        submit(TestTokens.participant(), practice(unique("Geen id"), "../admin")).statusCode(400)
                .body("errors[0].field", containsString("organisationId"));
    }

    @Test
    void aRegistryThatCannotAnswerIs503WithRetryAfterNeverA500() {
        String title = unique("Registry weg");
        submit(TestTokens.participant(), practice(title, RegistryStub.REGISTRY_FAILING)).statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", endsWith("/registry-unavailable"));
        long t0 = System.nanoTime();
        submit(TestTokens.participant(), practice(unique("Registry traag"), RegistryStub.REGISTRY_HANGING)).statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "answered within the lookup's timeout");
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources?status=DRAFT&size=100&q="
                + title.split(" ")[0]).then().body("items.title", not(hasItem(title)));
    }

    @Test
    void aContactIsARoleNotAnAddressOrNumber() {
        Map<String, Object> email = practice(unique("Met e-mail"), RegistryStub.LAURENS);
        email.put("contactRole", "p.de.vries@laurens.nl");
        submit(MANAGER, email).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("contactRole")).body("errors[0].message", containsString("e-mail"));
        Map<String, Object> phone = practice(unique("Met telefoon"), RegistryStub.LAURENS);
        phone.put("contactRole", "06-12345678");
        submit(MANAGER, phone).statusCode(422).body("errors[0].field", equalTo("contactRole"));
        Map<String, Object> tooShort = practice(unique("Te kort"), RegistryStub.LAURENS);
        tooShort.put("contactRole", "x");
        submit(MANAGER, tooShort).statusCode(400).body("errors[0].field", containsString("contactRole"));
        Map<String, Object> category = practice(unique("Andere categorie"), RegistryStub.LAURENS);
        category.put("category", "classroom");
        submit(MANAGER, category).statusCode(400).body("errors[0].field", containsString("category"));
        Map<String, Object> noFactors = practice(unique("Zonder factoren"), RegistryStub.LAURENS);
        noFactors.put("whatMadeItWork", List.of());
        submit(MANAGER, noFactors).statusCode(400).body("errors[0].field", containsString("whatMadeItWork"));
    }

    @Test
    void curatorsReviewAdminsPublishAndTheMemberFollowsIt() {
        String participant = TestTokens.token("participant-" + UUID.randomUUID(), null, "participant");
        String title = unique("Inleefsessie op de afdeling");
        Map<String, Object> body = practice(title, RegistryStub.MAASSTAD);
        body.put("category", "experience-based");
        body.put("url", "https://example.nl/" + UUID.randomUUID());
        String id = submit(participant, body).statusCode(201).extract().path("id");
        String drafted = mine(participant).body("items[0].id", equalTo(id)).extract().path("items[0].statusChangedAt");

        CurationWorkflowTest.move(TestTokens.curator(), id, "IN_REVIEW", 200);
        mine(participant).body("items[0].status", equalTo("IN_REVIEW"));
        CurationWorkflowTest.move(TestTokens.admin(), id, "PUBLISHED", 200);
        String published = mine(participant).body("total", equalTo(1)).body("items[0].status", equalTo("PUBLISHED"))
                .body("items[0].sharedAt", notNullValue()).extract().path("items[0].statusChangedAt");
        assertFalse(OffsetDateTime.parse(published).isBefore(OffsetDateTime.parse(drafted)));

        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("practice.preconditions", hasItem("Steun van de teamleider"))
                .body("curation", org.hamcrest.Matchers.nullValue());
        given().when().get("/api/v1/catalog/resources?kind=good-practice&size=100&q=" + title.split(" ")[0]).then()
                .body("items.id", hasItem(id));
        // duplicate detection as for curators: the same link, or the same title
        Map<String, Object> again = practice(title, RegistryStub.MAASSTAD);
        submit(participant, again).statusCode(409).body("type", endsWith("/duplicate")).body("existing.id", equalTo(id));
        Map<String, Object> sameUrl = practice(unique("Andere titel"), RegistryStub.MAASSTAD);
        sameUrl.put("url", body.get("url"));
        submit(participant, sameUrl).statusCode(409).body("type", endsWith("/duplicate"));

        // archived again, so the seeded catalogue's counts (CatalogueSearchTest) hold whichever test runs first
        CurationWorkflowTest.move(TestTokens.admin(), id, "ARCHIVED", 200);
        mine(participant).body("items[0].status", equalTo("ARCHIVED"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneEntry() {
        String member = TestTokens.token("participant-" + UUID.randomUUID(), null, "participant");
        Map<String, Object> body = practice(unique("Leren en versterken"), RegistryStub.LAURENS);
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(member).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/catalog/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(member).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/catalog/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        mine(member).body("total", equalTo(1));
    }

    @Test
    void anonymousCallersAndOtherRolesAreRefused() {
        given().contentType(ContentType.JSON).body(practice(unique("Anoniem"), RegistryStub.LAURENS))
                .when().post("/api/v1/catalog/submissions").then().statusCode(401);
        given().when().get("/api/v1/catalog/submissions/mine").then().statusCode(401);
        for (String token : List.of(TestTokens.curator(), TestTokens.partner(), TestTokens.facilitator())) {
            submit(token, practice(unique("Geen lid"), RegistryStub.LAURENS)).statusCode(403);
        }
    }

    @Test
    void aCuratorsOwnDraftsAreNoSubmissions() {
        String id = CurationWorkflowTest.create(CurationWorkflowTest.entry(unique("Werkplekleren in de wijk")));
        mine(TestTokens.curator()).body("items.id", not(hasItem(id))).body("items", everyItem(notNullValue()));
        mine(MANAGER).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .body("practice", org.hamcrest.Matchers.nullValue()).body("curation.sharedBy", org.hamcrest.Matchers.nullValue());
    }
}
