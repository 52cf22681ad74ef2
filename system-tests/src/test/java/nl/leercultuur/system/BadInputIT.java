package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, finding 3 and 4, through the gateway: every place the issue found answering 500 (or not problem+json) for
 * bad input — a NUL byte reaching PostgreSQL, a page number whose offset overflows, {@code null} inside lists and for
 * required numbers, a rename onto an existing name, a bad enum value in a body, a bad enum or overflowing number in a
 * query parameter. Each is refused with the caller's status (never 5xx), as problem+json, naming the field or parameter
 * where there is one to name, and a refused write leaves nothing behind.
 */
class BadInputIT {

    static final String ORG = "laurens";
    static final String PROBLEM = "application/problem+json";
    static final String NUL = "a\u0000b";
    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    /** Through the gateway, the URL sent as written (so that {@code %00} stays a NUL byte and is not re-encoded). */
    static RequestSpecification as(String token) {
        RequestSpecification r = RestAssured.given().baseUri(system.gatewayUrl()).urlEncodingEnabled(false);
        return token == null ? r : r.auth().oauth2(token);
    }

    /** The answer is the expected 4xx, as problem+json, and names {@code field} (when not null) among its errors. */
    static Response refused(Response r, int status, String field, String what) {
        String body = r.asString();
        assertTrue(r.statusCode() < 500, what + ": " + r.statusCode() + " " + body);
        assertEquals(status, r.statusCode(), what + ": " + body);
        assertTrue(String.valueOf(r.contentType()).startsWith(PROBLEM), what + ": not problem+json but " + r.contentType() + " " + body);
        assertEquals(status, r.jsonPath().getInt("status"), what + ": " + body);
        if (field != null) {
            List<String> fields = r.jsonPath().getList("errors.field");
            assertTrue(fields != null && fields.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "[") || f.startsWith(field + ".")),
                    what + ": the problem does not name '" + field + "': " + body);
        }
        return r;
    }

    // --- a NUL byte in any string that reaches PostgreSQL -------------------------------------------------------------

    @Test
    void aNulByteInAPathOrQueryIsRefusedNever500() {
        String admin = TestTokens.admin();
        refused(as(null).get("/api/v1/catalog/resources?q=a%00b"), 400, null, "catalogue q");
        refused(as(admin).get("/api/v1/surveys/instruments/a%00b"), 400, null, "instrument key");
        refused(as(admin).get("/api/v1/surveys/instruments/a%00b/versions/1"), 400, null, "instrument key of a version");
        refused(as(admin).get("/api/v1/organisations/a%00b"), 400, null, "organisation id");
        refused(as(admin).get("/api/v1/surveys/scans?organisationId=a%00b"), 400, null, "scans?organisationId=");
        refused(as(admin).get("/api/v1/analytics/organisations/" + ORG + "/benchmark?instrument=a%00b"), 400, null,
                "organisation benchmark?instrument=");
        refused(as(admin).get("/api/v1/analytics/region/benchmark?instrument=a%00b"), 400, null, "region benchmark?instrument=");
    }

    @Test
    void aNulByteInABodyIsRefusedAndNothingIsWritten() {
        String facilitator = TestTokens.facilitator();
        String name = "Netwerk met NUL " + System.nanoTime();
        Map<String, Object> network = new HashMap<>(Map.of("name", name + " " + NUL, "region", "Rotterdam-Rijnmond",
                "memberOrganisations", List.of(ORG)));
        refused(as(facilitator).contentType(ContentType.JSON).body(network).post("/api/v1/networks"), 400, null, "POST networks name");
        network.put("name", name);
        network.put("theme", NUL);
        refused(as(facilitator).contentType(ContentType.JSON).body(network).post("/api/v1/networks"), 400, null, "POST networks theme");
        List<String> names = as(TestTokens.admin()).get("/api/v1/networks").then().statusCode(200).extract().jsonPath().getList("name");
        assertFalse(names.stream().anyMatch(n -> n.startsWith(name)), "a refused network was stored: " + names);

        String curator = TestTokens.curator();
        long drafts = drafts(curator);
        Map<String, Object> entry = Map.of("kind", "article", "title", "Leren met een NUL " + System.nanoTime(),
                "summary", "Over " + NUL, "authors", "Redactie", "themes", List.of("workplace-learning"));
        refused(as(curator).contentType(ContentType.JSON).body(entry).post("/api/v1/catalog/resources"), 400, null,
                "POST catalogue resources summary");
        assertEquals(drafts, drafts(curator), "a refused catalogue entry was stored");

        String manager = TestTokens.orgManager(ORG);
        long scans = scans(manager);
        Map<String, Object> scan = scan("Teamscan " + NUL);
        refused(as(manager).contentType(ContentType.JSON).body(scan).post("/api/v1/surveys/scans"), 400, null, "POST scans title");
        scan = scan("Teamscan met NUL in de afdeling");
        scan.put("unitLabel", "Afdeling " + NUL);
        refused(as(manager).contentType(ContentType.JSON).body(scan).post("/api/v1/surveys/scans"), 400, null, "POST scans unitLabel");
        assertEquals(scans, scans(manager), "a refused scan was stored");
    }

    // --- page numbers whose offset overflows ---------------------------------------------------------------------------

    @Test
    void aPageFarBeyondAnyListIsRefusedNamingPage() {
        String admin = TestTokens.admin();
        refused(as(admin).get("/api/v1/surveys/instruments?page=2147483646"), 400, "page", "instruments page");
        refused(as(admin).get("/api/v1/surveys/scans?organisationId=" + ORG + "&page=2147483646"), 400, "page", "scans page");
        refused(as(admin).get("/api/v1/organisations?page=2147483646"), 400, "page", "organisations page");
    }

    // --- null inside lists and for required numbers --------------------------------------------------------------------

    @Test
    void nullInsideAnInstrumentDefinitionIsRefusedNamingWhereAndNothingIsStored() {
        String admin = TestTokens.admin();
        String key = "bad-input-" + Long.toString(System.nanoTime(), 36);
        String items = instrument(key, "{\"agree5\":" + SCALE + "}",
                "[{\"key\":\"d1\",\"name\":{\"nl\":\"D\",\"en\":\"D\"},\"items\":[null]}]");
        refused(as(admin).contentType(ContentType.JSON).body(items).post("/api/v1/surveys/instruments"), 422, "definition", "null in items");
        String dimensions = instrument(key, "{\"agree5\":" + SCALE + "}", "[null]");
        refused(as(admin).contentType(ContentType.JSON).body(dimensions).post("/api/v1/surveys/instruments"), 422, "definition",
                "null in dimensions");
        String scales = instrument(key, "{\"agree5\":null}", "[{\"key\":\"d1\",\"name\":{\"nl\":\"D\",\"en\":\"D\"},\"items\":[" + ITEM + "]}]");
        refused(as(admin).contentType(ContentType.JSON).body(scales).post("/api/v1/surveys/instruments"), 422, "definition", "null in scales");
        refused(as(admin).get("/api/v1/surveys/instruments/" + key), 404, null, "a refused instrument is not there");
        // the same definition without the nulls is taken: the refusals were about the nulls
        String fine = instrument(key, "{\"agree5\":" + SCALE + "}", "[{\"key\":\"d1\",\"name\":{\"nl\":\"D\",\"en\":\"D\"},\"items\":[" + ITEM + "]}]");
        as(admin).contentType(ContentType.JSON).body(fine).post("/api/v1/surveys/instruments").then().statusCode(201);
    }

    @Test
    void nullMemberOrganisationIsRefusedNamingTheListAndNothingIsStored() {
        String name = "Netwerk met null-lid " + System.nanoTime();
        Map<String, Object> network = new HashMap<>(Map.of("name", name, "region", "Rotterdam-Rijnmond"));
        network.put("memberOrganisations", java.util.Arrays.asList(ORG, null));
        refused(as(TestTokens.facilitator()).contentType(ContentType.JSON).body(network).post("/api/v1/networks"), 400,
                "memberOrganisations", "memberOrganisations:[null]");
        List<String> names = as(TestTokens.admin()).get("/api/v1/networks").then().statusCode(200).extract().jsonPath().getList("name");
        assertFalse(names.contains(name), "a refused network was stored");
    }

    @Test
    void nullCountOrCodesForInvitationsIsRefusedNamingTheField() {
        String manager = TestTokens.orgManager(ORG);
        String scanId = as(manager).contentType(ContentType.JSON).body(scan("Uitnodigingen zonder aantal")).post("/api/v1/surveys/scans")
                .then().statusCode(201).extract().path("id");
        as(manager).post("/api/v1/surveys/scans/" + scanId + "/open").then().statusCode(200);
        refused(as(manager).contentType(ContentType.JSON).body("{\"count\":null}").post("/api/v1/surveys/scans/" + scanId + "/invitations"),
                400, "count", "invitations {count:null}");
        refused(as(manager).contentType(ContentType.JSON).body("{\"codes\":null}")
                .post("/api/v1/surveys/scans/" + scanId + "/invitations/revoke"), 400, "codes", "revoke {codes:null}");
        refused(as(manager).contentType(ContentType.JSON).body("{\"codes\":[null]}")
                .post("/api/v1/surveys/scans/" + scanId + "/invitations/revoke"), 400, "codes", "revoke {codes:[null]}");
        // the refused request issued none: after one more code the scan counts exactly one
        as(manager).contentType(ContentType.JSON).body("{\"count\":1}").post("/api/v1/surveys/scans/" + scanId + "/invitations")
                .then().statusCode(201).body("codes.size()", org.hamcrest.Matchers.equalTo(1));
        as(manager).get("/api/v1/surveys/scans/" + scanId).then().statusCode(200)
                .body("invitationsIssued", org.hamcrest.Matchers.equalTo(1));
    }

    // --- a rename onto an existing name ---------------------------------------------------------------------------------

    @Test
    void renamingAnOrganisationToAnExistingNameIsAConflictAndChangesNothing() {
        String admin = TestTokens.admin();
        String id = "bad-input-" + Long.toString(System.nanoTime(), 36);
        String name = "Zorg Slecht Invoer " + id;
        as(admin).contentType(ContentType.JSON).body(Map.of("id", id, "name", name, "sector", "youth-care",
                "region", "Rotterdam-Rijnmond", "sizeClass", "small")).post("/api/v1/organisations").then().statusCode(201);
        Response read = as(admin).get("/api/v1/organisations/" + id);
        read.then().statusCode(200);
        String existing = as(admin).get("/api/v1/organisations/" + ORG).then().statusCode(200).extract().path("name");
        Map<String, Object> rename = new HashMap<>(Map.of("name", existing, "sector", "youth-care", "region", "Rotterdam-Rijnmond",
                "sizeClass", "small", "active", true, "version", read.jsonPath().getLong("version")));
        RequestSpecification put = as(admin).contentType(ContentType.JSON).body(rename);
        if (read.header("ETag") != null) {
            put = put.header("If-Match", read.header("ETag"));
        }
        refused(put.put("/api/v1/organisations/" + id), 409, null, "rename to '" + existing + "'");
        as(admin).get("/api/v1/organisations/" + id).then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo(name))
                .body("version", org.hamcrest.Matchers.equalTo(read.jsonPath().getInt("version")));
    }

    // --- enums and numbers the service cannot read ----------------------------------------------------------------------

    @Test
    void aBadEnumValueInABodyIsA400NamingTheField() {
        String curator = TestTokens.curator();
        String id = as(curator).contentType(ContentType.JSON).body(Map.of("kind", "article", "title", "Status onbekend " + System.nanoTime(),
                "summary", "Een concept dat een onbekende status krijgt.")).post("/api/v1/catalog/resources").then().statusCode(201)
                .extract().path("id");
        refused(as(curator).contentType(ContentType.JSON).body("{\"status\":\"AAA\"}").post("/api/v1/catalog/resources/" + id + "/status"),
                400, "status", "catalogue transition {status:AAA}");
        as(curator).get("/api/v1/catalog/resources/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DRAFT"));

        String network = as(TestTokens.facilitator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Netwerk status onbekend " + System.nanoTime(), "region", "Rotterdam-Rijnmond"))
                .post("/api/v1/networks").then().statusCode(201).extract().path("id");
        refused(as(TestTokens.facilitator()).contentType(ContentType.JSON).body("{\"status\":\"AAA\"}")
                .post("/api/v1/networks/" + network + "/status"), 400, "status", "network status {status:AAA}");
    }

    @Test
    void aBadEnumOrOverflowingNumberInAQueryIsA400NamingTheParameter() {
        refused(as(null).get("/api/v1/catalog/resources?status=AAA"), 400, "status", "catalogue ?status=AAA");
        refused(as(null).get("/api/v1/catalog/resources?minDuration=99999999999"), 400, "minDuration", "catalogue ?minDuration=99999999999");
        refused(as(TestTokens.admin()).get("/api/v1/surveys/scans?organisationId=" + ORG + "&status=AAA"), 400, "status", "scans ?status=AAA");
    }

    // --- helpers --------------------------------------------------------------------------------------------------------

    static final String SCALE = "{\"min\":1,\"max\":5,\"labels\":{\"nl\":[\"1\",\"2\",\"3\",\"4\",\"5\"],\"en\":[\"1\",\"2\",\"3\",\"4\",\"5\"]}}";
    static final String ITEM = "{\"key\":\"i1\",\"text\":{\"nl\":\"Vraag\",\"en\":\"Question\"},\"type\":\"LIKERT\",\"scale\":\"agree5\",\"required\":true}";

    static String instrument(String key, String scales, String dimensions) {
        return "{\"key\":\"" + key + "\",\"name\":\"Slechte invoer\",\"description\":\"Een instrument met fouten.\",\"measures\":\"niets\","
                + "\"audience\":\"tests\",\"sourceModel\":\"geen\",\"definition\":{\"languages\":[\"nl\",\"en\"],\"scales\":" + scales
                + ",\"dimensions\":" + dimensions + "}}";
    }

    static Map<String, Object> scan(String title) {
        return new HashMap<>(Map.of("instrumentKey", "team-psychological-safety", "organisationId", ORG, "title", title,
                "anonymityThreshold", 3, "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", OffsetDateTime.now().plusDays(7).toString()));
    }

    static long drafts(String curator) {
        return as(curator).get("/api/v1/catalog/resources?status=DRAFT").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static long scans(String manager) {
        return as(manager).get("/api/v1/surveys/scans?organisationId=" + ORG).then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
