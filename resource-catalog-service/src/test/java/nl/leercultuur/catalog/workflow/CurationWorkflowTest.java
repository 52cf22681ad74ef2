package nl.leercultuur.catalog.workflow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Curation: drafts by curators, publishing by admins, who and when, stale edits, duplicates. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CurationWorkflowTest {

    static Map<String, Object> entry(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "instrument-description");
        m.put("title", title);
        m.put("authors", "Team Leercultuur");
        m.put("url", "https://example.org/" + UUID.randomUUID());
        m.put("summary", "Uitleg over het meten van leerklimaat op een afdeling met een korte vragenlijst.");
        m.put("themes", List.of("measuring-learning-culture"));
        m.put("dimensionKeys", List.of("ward-atmosphere"));
        m.put("audience", List.of("leader"));
        return m;
    }

    static String create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/catalog/resources").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("curation.createdBy", equalTo("curator-user")).extract().path("id");
    }

    static void move(String token, String id, String status, int expected) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().post("/api/v1/catalog/resources/" + id + "/status").then().statusCode(expected);
    }

    @Test
    void draftReviewPublishArchiveWithWhoAndWhen() {
        String id = create(entry("Leerklimaatmeting op de afdeling"));
        // not visible to the public while a draft
        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(404);
        given().when().get("/api/v1/catalog/resources?q=Leerklimaatmeting&size=100").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources?status=DRAFT&q=Leerklimaatmeting")
                .then().statusCode(200).body("items.id", hasItem(id));

        move(TestTokens.curator(), id, "PUBLISHED", 409); // a draft is reviewed before it is published
        move(TestTokens.curator(), id, "IN_REVIEW", 200);
        move(TestTokens.curator(), id, "PUBLISHED", 403); // curators edit, admins publish
        move(TestTokens.admin(), id, "PUBLISHED", 200);
        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get("/api/v1/catalog/resources?q=Leerklimaatmeting").then().body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/catalog/resources/" + id).then()
                .body("curation.submittedBy", equalTo("curator-user")).body("curation.publishedBy", equalTo("admin-user"))
                .body("curation.publishedAt", notNullValue());

        move(TestTokens.curator(), id, "ARCHIVED", 403);
        move(TestTokens.admin(), id, "ARCHIVED", 200);
        given().when().get("/api/v1/catalog/resources/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id + "/history").then()
                .statusCode(200).body("toStatus", equalTo(List.of("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED")))
                .body("actor", equalTo(List.of("curator-user", "curator-user", "admin-user", "admin-user")));
        move(TestTokens.curator(), id, "DRAFT", 200); // revived as a draft
    }

    @Test
    void onlyCuratorsAndAdminsWrite() {
        given().contentType(ContentType.JSON).body(entry("Anoniem")).when().post("/api/v1/catalog/resources").then().statusCode(401);
        for (String token : List.of(TestTokens.partner(), TestTokens.participant(), TestTokens.orgManager("laurens"), TestTokens.facilitator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(entry("Niet van mij"))
                    .when().post("/api/v1/catalog/resources").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.partner()).when().get("/api/v1/catalog/resources?status=IN_REVIEW").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().get("/api/v1/catalog/resources?kind=podcast").then().statusCode(200);
    }

    @Test
    void aStaleEditIsRefusedNotSilentlyApplied() {
        String id = create(entry("Teamleren in de wijkverpleging"));
        long version = ((Number) given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id)
                .then().extract().path("version")).longValue();
        Map<String, Object> first = entry("Teamleren in de wijkverpleging");
        first.put("summary", "Eerste redactie van de samenvatting.");
        first.put("version", version);
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(first)
                .when().put("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .body("summary", equalTo("Eerste redactie van de samenvatting.")).body("curation.updatedBy", equalTo("curator-user"));
        Map<String, Object> second = entry("Teamleren in de wijkverpleging");
        second.put("summary", "Tweede redactie, gebaseerd op de oude versie.");
        second.put("version", version);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(second)
                .when().put("/api/v1/catalog/resources/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id).then()
                .body("summary", equalTo("Eerste redactie van de samenvatting."));
        second.remove("version");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(second)
                .when().put("/api/v1/catalog/resources/" + id).then().statusCode(422).body("errors[0].field", equalTo("version"));
    }

    @Test
    void readsCarryAnETagAndAStaleIfMatchIsRefusedWith412() {
        String id = create(entry("Overdracht leren op de spoedeisende hulp"));
        var read = given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id);
        long version = ((Number) read.path("version")).longValue();
        org.junit.jupiter.api.Assertions.assertEquals("\"" + version + "\"", read.header("ETag"));
        Map<String, Object> edit = entry("Overdracht leren op de spoedeisende hulp");
        edit.put("summary", "Met de etag van wat gelezen is.");
        edit.put("version", version);
        String next = given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(edit)
                .header("If-Match", read.header("ETag"))
                .when().put("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"").extract().header("ETag");
        // the old tag again: 412 before anything is written, as problem+json
        edit.put("summary", "Op basis van een oude lezing.");
        edit.put("version", version + 1);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(edit).header("If-Match", read.header("ETag"))
                .when().put("/api/v1/catalog/resources/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", containsString("precondition-failed"));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id).then()
                .header("ETag", next).body("summary", equalTo("Met de etag van wat gelezen is."));
    }

    @Test
    void duplicatesPointToTheExistingEntry() {
        Map<String, Object> original = entry("Leren van incidenten");
        String id = create(original);
        Map<String, Object> sameUrl = entry("Een andere titel");
        sameUrl.put("url", ((String) original.get("url")).toUpperCase().replace("HTTPS://", "https://"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(sameUrl)
                .when().post("/api/v1/catalog/resources").then().statusCode(409)
                .body("type", containsString("duplicate")).body("existing.id", equalTo(id));
        Map<String, Object> sameTitle = entry("  leren van INCIDENTEN ");
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(sameTitle)
                .when().post("/api/v1/catalog/resources").then().statusCode(409).body("existing.id", equalTo(id));
        // a seeded book by title and author
        Map<String, Object> seeded = entry("In de leerstand");
        seeded.put("authors", "Isolde Kolkhuis Tanke");
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(seeded)
                .when().post("/api/v1/catalog/resources").then().statusCode(409).body("existing.status", equalTo("PUBLISHED"));
        Map<String, Object> bad = entry("");
        bad.put("kind", "cd-rom");
        bad.put("url", "ftp://x");
        bad.put("audience", List.of("everyone"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/catalog/resources").then().statusCode(400)
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("title")).body("errors.field", hasItem("url"));
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources?status=DRAFT&q=incidenten").then()
                .body("items", hasSize(1));
    }

    @Test
    void yearFilterAndNewestFirst() {
        Map<String, Object> older = entry("Meetinstrument leerklimaat editie 2019");
        older.put("year", 2019);
        Map<String, Object> newer = entry("Meetinstrument leerklimaat editie 2023");
        newer.put("year", 2023);
        for (Map<String, Object> e : List.of(older, newer)) {
            String id = create(e);
            move(TestTokens.curator(), id, "IN_REVIEW", 200);
            move(TestTokens.admin(), id, "PUBLISHED", 200);
        }
        given().when().get("/api/v1/catalog/resources?kind=instrument-description&yearFrom=2020&yearTo=2024&size=100").then()
                .body("items.title", hasItem("Meetinstrument leerklimaat editie 2023"))
                .body("items.title", org.hamcrest.Matchers.not(hasItem("Meetinstrument leerklimaat editie 2019")));
        // the seed's instrument descriptions of 2017 and 2018 are there too: every one up to 2019, and of ours only the 2019 one
        given().when().get("/api/v1/catalog/resources?kind=instrument-description&yearTo=2019&size=100").then()
                .body("items.year", everyItem(lessThanOrEqualTo(2019)))
                .body("items.findAll { it.title.startsWith('Meetinstrument') }.title", equalTo(List.of("Meetinstrument leerklimaat editie 2019")));
        given().when().get("/api/v1/catalog/resources?kind=instrument-description&q=meetinstrument&sort=newest&size=2").then()
                .body("items[0].year", equalTo(2023)).body("items[1].year", equalTo(2019));
        given().when().get("/api/v1/catalog/resources?yearFrom=1800").then().statusCode(400).body("errors[0].field", equalTo("yearFrom"));
    }
}
